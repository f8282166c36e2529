/** Styles for note cards, adopted by the overlay's shadow root (works under strict CSP). */
export const NOTE_CSS = `
:host { all: initial; }
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
.card:focus-visible { outline: 2px solid #0072b2; outline-offset: 2px; }
:host { --bg: #ffffff; --fg: #1f2328; --muted: #59636e; --border: #d1d9e0; }
:host([data-theme="dark"]) { --bg: #1c2128; --fg: #e6edf3; --muted: #9198a1; --border: #3d444d; }
:host([data-theme="high-contrast"]) { --bg: #ffffff; --fg: #000000; --muted: #000000; --border: #000000; }
@media (prefers-color-scheme: dark) {
  :host([data-theme="auto"]) { --bg: #1c2128; --fg: #e6edf3; --muted: #9198a1; --border: #3d444d; }
}
@media (prefers-reduced-motion: reduce) { .note { animation: none; } }
@keyframes appear { from { opacity: 0; transform: translateY(4px); } to { opacity: 1; transform: none; } }
header { display: flex; align-items: baseline; gap: 8px; flex-wrap: wrap; margin-bottom: 4px; }
h2 { font-size: 15px; margin: 0; font-weight: 650; }
p { margin: 4px 0; }
.muted { color: var(--muted); }
.pill { display: inline-block; font-size: 12px; font-weight: 600; padding: 1px 8px; border-radius: 999px; border: 1.5px solid currentColor; }
.label-sourced { color: #0072b2; } .label-vague { color: #b07800; border-style: dashed; }
.label-unsourced { color: #d55e00; } .label-opinion { color: #b4488a; border-style: dotted; }
.type-PER { color: #1f78b4; } .type-ORG { color: #00805c; } .type-LOC { color: #8a7f00; } .type-MISC { color: var(--muted); }
:host([data-theme="dark"]) .type-LOC { color: #e8dc55; }
.cues { margin: 6px 0 0; padding-left: 18px; } .cues li { margin: 2px 0; }
.close {
  position: absolute; top: 6px; right: 6px; width: 26px; height: 26px; border: 0; border-radius: 6px;
  background: transparent; color: var(--muted); font-size: 18px; line-height: 1; cursor: pointer;
}
.close:hover, .close:focus-visible { background: rgb(127 127 127 / 0.18); color: var(--fg); }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;
