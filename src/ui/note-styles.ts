import { hostThemeCss } from './theme';

/**
 * Styles for note cards, adopted by the overlay's shadow root (works under
 * strict CSP). Every colour comes from the theme's custom properties, whose
 * text colours keep at least 4.5:1 contrast on the card.
 */
export const NOTE_CSS = `
:host { all: initial; }
${hostThemeCss()}
.note {
  position: fixed; z-index: 2147483647; max-width: min(360px, calc(100vw - 16px));
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  animation: appear 120ms ease-out;
}
.card {
  position: relative; box-sizing: border-box; padding: 12px 36px 12px 14px; border-radius: 10px;
  background: var(--bg); color: var(--fg); border: 1px solid var(--border);
  box-shadow: 0 8px 28px rgb(0 0 0 / 0.22); outline: none;
}
.card:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
@media (prefers-reduced-motion: reduce) { .note { animation: none; } }
@keyframes appear { from { opacity: 0; transform: translateY(4px); } to { opacity: 1; transform: none; } }
header { display: flex; align-items: baseline; gap: 8px; flex-wrap: wrap; margin-bottom: 4px; }
h2 { font-size: 15px; margin: 0; font-weight: 650; }
p { margin: 4px 0; }
.muted { color: var(--muted); }
.pill { display: inline-block; font-size: 12px; font-weight: 600; padding: 1px 8px; border-radius: 999px; border: 1.5px solid currentColor; }
.label-sourced { color: var(--sourced); border-style: double; border-width: 3px; } .label-vague { color: var(--vague); border-style: dashed; }
.label-unsourced { color: var(--unsourced); border-style: dotted; } .label-opinion { color: var(--opinion); }
.type-PER { color: var(--PER); } .type-ORG { color: var(--ORG); } .type-LOC { color: var(--LOC); } .type-MISC { color: var(--MISC); }
.quote { margin: 6px 0; padding-left: 8px; border-left: 3px solid var(--border); color: var(--fg); }
.quote strong { font-weight: 700; }
.cues { margin: 6px 0 0; padding-left: 18px; } .cues li { margin: 2px 0; }
.close {
  position: absolute; top: 6px; right: 6px; width: 26px; height: 26px; border: 0; border-radius: 6px;
  background: transparent; color: var(--muted); font-size: 18px; line-height: 1; cursor: pointer;
}
.close:hover, .close:focus-visible { background: var(--raised); color: var(--fg); }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;
