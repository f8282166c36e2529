import { render } from 'preact';
import { useState } from 'preact/hooks';
import type { PageStateName } from '../shared/page-state';
import type { Counts } from '../shared/schema';
import { t } from './i18n';
import { Legend, LEGEND_CSS, saveMarkMode, type MarkMode } from './legend';

interface PageLegendState {
  state?: PageStateName;
  counts?: Counts | undefined;
  mode: MarkMode;
}

/**
 * The small control in a corner of an annotated page: closed, a button naming
 * the current view; open, the legend and the switch between the calm view and
 * everything. The choice is saved in the settings, which repaint every page.
 */
function LegendControl({ counts, mode }: { counts: Counts | undefined; mode: MarkMode }) {
  const [open, setOpen] = useState(false);
  const setMode = (next: MarkMode) => void saveMarkMode(next).catch(() => undefined);
  return (
    <div class="legend-control" data-open={open ? 'true' : 'false'}>
      {open && (
        <div class="legend-panel" id="sourcelight-legend" role="group" aria-label={t('pageLegendLabel')}>
          <Legend counts={counts} mode={mode} onMode={setMode} idPrefix="page" />
        </div>
      )}
      <button type="button" class="legend-toggle" aria-expanded={open} aria-controls="sourcelight-legend" onClick={() => setOpen(!open)}>
        {mode === 'attention' ? t('pageLegendToggleAttention') : t('pageLegendToggleEverything')}
      </button>
    </div>
  );
}

/** Mounts the control in a box of our shadow root and redraws it when the page state or the mode changes. */
export class PageLegend {
  private current: PageLegendState = { mode: 'attention' };

  constructor(private readonly box: HTMLElement) {}

  update(change: Partial<PageLegendState>): void {
    this.current = { ...this.current, ...change };
    const { state, counts, mode } = this.current;
    render(state === 'annotated' ? <LegendControl counts={counts} mode={mode} /> : null, this.box);
  }
}

/** Bottom right, out of the text's way, in the note's colours; small until opened. */
export const PAGE_LEGEND_CSS = `
${LEGEND_CSS}
.legend-control {
  position: fixed; right: 12px; bottom: 12px; z-index: 2147483646; display: flex; flex-direction: column; align-items: flex-end; gap: 6px;
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg);
}
.legend-toggle {
  font: inherit; color: var(--fg); background: var(--bg); border: 1px solid var(--border); border-radius: 999px;
  padding: 3px 10px; cursor: pointer; opacity: 0.85; box-shadow: 0 2px 8px rgb(0 0 0 / 0.15);
}
.legend-toggle:hover, .legend-toggle:focus-visible { opacity: 1; }
.legend-toggle:focus-visible, .mode input:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
.legend-panel {
  box-sizing: border-box; width: min(320px, calc(100vw - 24px)); padding: 10px 12px; border-radius: 10px;
  background: var(--bg); color: var(--fg); border: 1px solid var(--border); box-shadow: 0 8px 28px rgb(0 0 0 / 0.22);
}
@media print { .legend-control { display: none; } }
`;
