/**
 * Colours from the Okabe–Ito palette, which stays distinct under the common
 * colour-vision deficiencies; each claim label also has its own line style so
 * colour is never the only signal. Entity tints are translucent so they read on
 * light and dark pages alike.
 */
export const HIGHLIGHT_CSS = `
::highlight(sourcelight-sourced) { text-decoration: underline solid #0072b2 2px; }
::highlight(sourcelight-vague) { text-decoration: underline dashed #e69f00 2px; }
::highlight(sourcelight-unsourced) { text-decoration: underline wavy #d55e00 1.5px; }
::highlight(sourcelight-opinion) { text-decoration: underline dotted #cc79a7 3px; }
::highlight(sourcelight-PER) { background-color: rgb(86 180 233 / 0.28); }
::highlight(sourcelight-ORG) { background-color: rgb(0 158 115 / 0.24); }
::highlight(sourcelight-LOC) { background-color: rgb(240 228 66 / 0.38); }
::highlight(sourcelight-MISC) { background-color: rgb(153 153 153 / 0.24); }
::highlight(sourcelight-active) { background-color: rgb(0 114 178 / 0.30); }
@media (forced-colors: active) {
  ::highlight(sourcelight-active) { background-color: Highlight; color: HighlightText; }
}
`;

export const HIGH_CONTRAST_CSS = `
::highlight(sourcelight-sourced) { text-decoration: underline solid #003f7f 3px; }
::highlight(sourcelight-vague) { text-decoration: underline dashed #8a4b00 3px; }
::highlight(sourcelight-unsourced) { text-decoration: underline wavy #a11d00 2px; }
::highlight(sourcelight-opinion) { text-decoration: underline dotted #7a1f5c 4px; }
::highlight(sourcelight-PER), ::highlight(sourcelight-ORG), ::highlight(sourcelight-LOC), ::highlight(sourcelight-MISC) {
  background-color: #ffff00; color: #000000;
}
`;
