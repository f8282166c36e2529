import { loadSettings } from '../shared/settings-store';

/** Applies the reader's colour scheme to an extension page. */
export async function applyTheme(doc: Document): Promise<void> {
  const { settings } = await loadSettings();
  if (settings.colorScheme === 'auto') delete doc.documentElement.dataset.theme;
  else doc.documentElement.dataset.theme = settings.colorScheme;
}
