import type { Counts } from '../shared/schema';
import { LABELS } from '../shared/schema';
import type { Settings } from '../shared/settings';
import { updateSettings } from '../shared/settings-store';
import { t } from './i18n';
import { LABEL_WORDS, LINE_WORDS } from './words';

export type MarkMode = Settings['markMode'];

export const MODE_WORDS: Record<MarkMode, { name: string; meaning: string }> = {
  attention: {
    name: t('modeAttentionName'),
    meaning: t('modeAttentionMeaning'),
  },
  everything: {
    name: t('modeEverythingName'),
    meaning: t('modeEverythingMeaning'),
  },
};

/** Stores the reader's choice of view; every annotated page follows its settings and repaints. */
export async function saveMarkMode(markMode: MarkMode): Promise<void> {
  await updateSettings((settings) => ({ ...settings, markMode }));
}

/**
 * What each mark looks like and means, with the article's count per label,
 * and the choice between the calm and the full view. Shared by the popup and
 * the on-page control, so both say the same thing.
 */
export function Legend({ counts, mode, onMode, idPrefix }: { counts?: Counts | undefined; mode: MarkMode | undefined; onMode: (mode: MarkMode) => void; idPrefix: string }) {
  return (
    <div class="legend-box">
      <ul class="legend" aria-label={t('legendLabel')}>
        {LABELS.map((l) => (
          <li key={l} data-label={l}>
            <span class={`line line-${l}`} aria-hidden="true" />
            <span class="name">
              {LABEL_WORDS[l].name} <span class="muted">({LINE_WORDS[l]})</span>
            </span>
            {counts && <span class="count">{counts[l]}</span>}
          </li>
        ))}
        <li data-label="names">
          <span class="line line-names" aria-hidden="true" />
          <span class="name">
            {t('legendNames')} <span class="muted">{t('legendNamesTinted')}</span>
          </span>
          {counts && <span class="count">{counts.entities}</span>}
        </li>
      </ul>
      <fieldset class="modes">
        <legend>{t('legendShowOnPage')}</legend>
        {(['attention', 'everything'] as const).map((m) => (
          <label key={m} class="mode">
            <input type="radio" name={`${idPrefix}-mode`} value={m} checked={mode === m} onChange={() => onMode(m)} />
            <span>
              {MODE_WORDS[m].name}
              <span class="muted"> — {MODE_WORDS[m].meaning}</span>
            </span>
          </label>
        ))}
      </fieldset>
    </div>
  );
}

/** Styles of the legend, for a shadow root or a page: line samples drawn as the marks are. */
export const LEGEND_CSS = `
.legend { list-style: none; padding: 0; margin: 0; display: grid; gap: 4px; }
.legend li { display: flex; align-items: center; gap: 8px; }
.legend .name { flex: 1; }
.legend .count { font-weight: 600; font-variant-numeric: tabular-nums; }
.line { display: inline-block; width: 22px; height: 8px; flex: none; box-sizing: border-box; }
.line-sourced { border-bottom: 3px double var(--sourced-line); }
.line-vague { border-bottom: 2px dashed var(--vague-line); }
.line-unsourced { border-bottom: 3px dotted var(--unsourced-line); }
.line-opinion { border-bottom: 5px solid var(--opinion-line); opacity: 0.7; }
.line-names { height: 14px; border-radius: 3px; background: linear-gradient(90deg, rgb(86 180 233 / 0.45) 25%, rgb(0 158 115 / 0.4) 25% 50%, rgb(240 228 66 / 0.55) 50% 75%, rgb(153 153 153 / 0.4) 75%); }
.modes { border: 0; padding: 0; margin: 10px 0 0; }
.modes legend { font-weight: 600; padding: 0; margin-bottom: 4px; }
.mode { display: flex; gap: 6px; align-items: baseline; margin: 4px 0; cursor: pointer; }
`;
