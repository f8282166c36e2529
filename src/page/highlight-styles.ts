/**
 * Colours from the Okabe–Ito palette, which stays distinct under the common
 * colour-vision deficiencies; each claim label also has its own line style so
 * colour is never the only signal. No label is drawn as a wavy line (readers
 * take it for a spelling error) or as a thin solid underline (readers take it
 * for a link): sourced is a double line, vague dashed, unsourced dotted, and
 * opinion a thick pale bar like a highlighter pen. Entity tints are
 * translucent so they read on light and dark pages alike. The page's own text
 * colour is kept, except in the high-contrast scheme, where names are black on
 * yellow.
 */
export const HIGHLIGHT_CSS = `
::highlight(sourcelight-sourced) { text-decoration: underline double #0072b2 1px; text-underline-offset: 2px; }
::highlight(sourcelight-vague) { text-decoration: underline dashed #e69f00 2px; text-underline-offset: 2px; }
::highlight(sourcelight-unsourced) { text-decoration: underline dotted #d55e00 3px; text-underline-offset: 3px; }
::highlight(sourcelight-opinion) { text-decoration: underline solid rgb(204 121 167 / 0.55) 5px; text-underline-offset: 1px; }
::highlight(sourcelight-PER) { background-color: rgb(86 180 233 / 0.28); }
::highlight(sourcelight-ORG) { background-color: rgb(0 158 115 / 0.24); }
::highlight(sourcelight-LOC) { background-color: rgb(240 228 66 / 0.38); }
::highlight(sourcelight-MISC) { background-color: rgb(153 153 153 / 0.24); }
::highlight(sourcelight-active) { background-color: rgb(0 114 178 / 0.18); }
@media (forced-colors: active) {
  ::highlight(sourcelight-active) { background-color: Highlight; color: HighlightText; }
}
`;

export const HIGH_CONTRAST_CSS = `
::highlight(sourcelight-sourced) { text-decoration: underline double #003f7f 2px; }
::highlight(sourcelight-vague) { text-decoration: underline dashed #8a4b00 3px; }
::highlight(sourcelight-unsourced) { text-decoration: underline dotted #a11d00 4px; }
::highlight(sourcelight-opinion) { text-decoration: underline solid rgb(122 31 92 / 0.6) 6px; }
::highlight(sourcelight-PER), ::highlight(sourcelight-ORG), ::highlight(sourcelight-LOC), ::highlight(sourcelight-MISC) {
  background-color: #ffff00; color: #000000;
}
`;
