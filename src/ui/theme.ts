import type { Settings } from '../shared/settings';

/** Applies the reader's colour scheme to an extension page. */
export function applyTheme(doc: Document, scheme: Settings['colorScheme']): void {
  if (scheme === 'auto') delete doc.documentElement.dataset.theme;
  else doc.documentElement.dataset.theme = scheme;
}

export const SCHEMES = ['light', 'dark', 'high-contrast'] as const;
export type Scheme = (typeof SCHEMES)[number];

/**
 * The colours of everything we draw in our own shadow root (notes, the legend,
 * margin rules), per scheme. Text colours (`fg`, `muted`, each label and entity
 * type) keep WCAG AA contrast, at least 4.5:1, on `bg` and `raised` (a unit test
 * computes it); `*-line` colours are the Okabe–Ito hues of the marks, which stay
 * distinct under the common colour-vision deficiencies.
 */
export const PALETTE: Record<Scheme, Record<string, string>> = {
  light: {
    bg: '#ffffff', raised: '#f0f3f6', fg: '#1f2328', muted: '#59636e', border: '#d1d9e0', accent: '#005a8c',
    sourced: '#005a8c', vague: '#8a5a00', unsourced: '#a14400', opinion: '#9c3d78',
    PER: '#1f5f8b', ORG: '#00704f', LOC: '#6b6300', MISC: '#59636e',
    'sourced-line': '#0072b2', 'vague-line': '#e69f00', 'unsourced-line': '#d55e00', 'opinion-line': '#cc79a7',
  },
  dark: {
    bg: '#1c2128', raised: '#262c36', fg: '#e6edf3', muted: '#9ba3ad', border: '#3d444d', accent: '#6cc4ff',
    sourced: '#6cc4ff', vague: '#f0b030', unsourced: '#ff9966', opinion: '#e89ac6',
    PER: '#8fd0f5', ORG: '#5cd6a5', LOC: '#e8dc55', MISC: '#9ba3ad',
    'sourced-line': '#56b4e9', 'vague-line': '#e69f00', 'unsourced-line': '#ff8c4a', 'opinion-line': '#e89ac6',
  },
  'high-contrast': {
    bg: '#ffffff', raised: '#ffffff', fg: '#000000', muted: '#000000', border: '#000000', accent: '#0000ee',
    sourced: '#003f7f', vague: '#6b3a00', unsourced: '#8a1c00', opinion: '#6b1a4f',
    PER: '#000000', ORG: '#000000', LOC: '#000000', MISC: '#000000',
    'sourced-line': '#003f7f', 'vague-line': '#8a4b00', 'unsourced-line': '#a11d00', 'opinion-line': '#7a1f5c',
  },
};

/** One scheme's colours as custom properties: `--bg: #ffffff; --fg: …;`. */
export function cssVariables(scheme: Scheme): string {
  return Object.entries(PALETTE[scheme])
    .map(([name, value]) => `--${name}: ${value};`)
    .join(' ');
}

/**
 * Custom properties for a shadow host with `data-theme`: light by default, the
 * chosen scheme when set, and dark under `auto` when the system prefers it.
 */
export function hostThemeCss(): string {
  return `
:host { ${cssVariables('light')} }
:host([data-theme="dark"]) { ${cssVariables('dark')} }
:host([data-theme="high-contrast"]) { ${cssVariables('high-contrast')} }
@media (prefers-color-scheme: dark) {
  :host([data-theme="auto"]) { ${cssVariables('dark')} }
}
`;
}
