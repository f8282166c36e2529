import { useEffect, useState } from 'preact/hooks';
import type { Summary } from '../../shared/page-state';
import { LABELS } from '../../shared/schema';
import { loadSettings } from '../../shared/settings-store';
import { t } from '../i18n';
import { Legend, saveMarkMode, type MarkMode } from '../legend';
import type { NoteTarget } from '../note-card';
import { ENTITY_WORDS, LABEL_WORDS } from '../words';

type JumpTarget = Exclude<NoteTarget, { kind: 'selection' }>;

export function SummaryView({ summary, onJump }: { summary: Summary; onJump: (target: JumpTarget) => void }) {
  const c = summary.counts;
  const total = LABELS.reduce((n, l) => n + c[l], 0);
  const unnamed = c.vague + c.unsourced;
  const [mode, setMode] = useState<MarkMode | undefined>();
  useEffect(() => {
    void loadSettings().then((loaded) => setMode(loaded.settings.markMode));
  }, []);
  const changeMode = (next: MarkMode) => {
    setMode(next);
    void saveMarkMode(next).catch(() => loadSettings().then((loaded) => setMode(loaded.settings.markMode)));
  };
  return (
    <div class="summary" data-state="annotated">
      <section aria-labelledby="claims-heading">
        <h2 id="claims-heading">
          {t(total === 1 ? 'claimsOne' : 'claimsMany', total)}
        </h2>
        <div class="bar" role="img" aria-label={LABELS.map((l) => `${LABEL_WORDS[l].name} ${c[l]}`).join(', ')}>
          {LABELS.map((l) => c[l] > 0 && <span key={l} class={`seg label-${l}`} style={{ flexGrow: c[l] }} />)}
        </div>
        <p class="badge-note">
          {t('badgeBefore')} <strong>{unnamed}</strong>
          {t('badgeAfter')}
        </p>
        <Legend counts={c} mode={mode} onMode={changeMode} idPrefix="popup" />
      </section>

      <section aria-labelledby="sources-heading">
        <h2 id="sources-heading">{t('sourcesHeading')}</h2>
        {summary.sources.length === 0 ? (
          <p class="muted">{t('sourcesNone')}</p>
        ) : (
          <ul class="items">
            {summary.sources.map((s) => (
              <li key={`${s.name}-${s.sentence}`}>
                <button type="button" class="item" onClick={() => onJump({ kind: 'sentence', index: s.sentence })}>
                  <span class="name">{s.name}</span>
                  {s.role && <span class="muted"> — {s.role}</span>}
                  {s.label === 'vague' && <span class="tag">{t('sourceVague')}</span>}
                  <span class="count" aria-label={t('claimsMany', s.claims)}>
                    {s.claims}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="entities-heading">
        <h2 id="entities-heading">{t('entitiesHeading')}</h2>
        {summary.entities.length === 0 ? (
          <p class="muted">{t('entitiesNone')}</p>
        ) : (
          <ul class="items">
            {summary.entities.map((e) => (
              <li key={e.id}>
                <button type="button" class="item" onClick={() => onJump({ kind: 'entity', id: e.id })}>
                  <span class={`type type-${e.type}`} title={ENTITY_WORDS[e.type]}>
                    {ENTITY_WORDS[e.type]}
                  </span>
                  <span class="name">{e.name}</span>
                  {e.context && <span class="muted"> — {e.context}</span>}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="check-heading">
        <h2 id="check-heading">{t('checkHeading')}</h2>
        {summary.claimsToCheck.length === 0 ? (
          <p class="muted">{t('checkNone')}</p>
        ) : (
          <ol class="items">
            {summary.claimsToCheck.map((s) => (
              <li key={s.sentence}>
                <button type="button" class="item claim" onClick={() => onJump({ kind: 'sentence', index: s.sentence })}>
                  {s.text}
                </button>
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}
