import type { Settings } from '../shared/settings';

/** Applies the reader's colour scheme to an extension page. */
export function applyTheme(doc: Document, scheme: Settings['colorScheme']): void {
  if (scheme === 'auto') delete doc.documentElement.dataset.theme;
  else doc.documentElement.dataset.theme = scheme;
}
