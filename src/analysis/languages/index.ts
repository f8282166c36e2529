import { englishPack } from './en';
import { SUPPORTED_LANGUAGES, isSupportedLanguage } from './supported';
import type { LanguagePack, LanguagePackHost } from './types';

/**
 * The language packs. English is built in; every other pack is a dynamic import (a chunk of
 * its own where the bundler allows one) whose name model the host reads from a file, so that
 * only a text in that language loads the model's megabytes.
 */
const LOADERS: Readonly<Record<string, (host: LanguagePackHost) => Promise<LanguagePack>>> = {
  en: () => Promise.resolve(englishPack),
  de: async (host) => {
    const { GERMAN_NAME_LISTS_FILE, GERMAN_NAME_MODEL_FILE, germanPack } = await import('./de');
    const [model, names] = await Promise.all([host.readModel(GERMAN_NAME_MODEL_FILE), host.readModel(GERMAN_NAME_LISTS_FILE)]);
    return germanPack(model, names);
  },
};

const loaded = new Map<string, LanguagePack>([['en', englishPack]]);

/** Loads a language's pack once, its model file read through the host (all but English have one). */
export async function loadLanguagePack(code: string, host: LanguagePackHost): Promise<LanguagePack> {
  const ready = loaded.get(code);
  if (ready) return ready;
  const loader = isSupportedLanguage(code) ? LOADERS[code] : undefined;
  if (!loader) throw new Error(`No language pack for '${code}'; supported: ${SUPPORTED_LANGUAGES.join(', ')}`);
  const pack = await loader(host);
  loaded.set(code, pack);
  return pack;
}

/** A pack already loaded by `loadLanguagePack` (English always is). */
export function languagePack(code: string): LanguagePack {
  const pack = loaded.get(code);
  if (pack) return pack;
  throw new Error(
    isSupportedLanguage(code)
      ? `The '${code}' language pack is not loaded yet: await loadLanguagePack('${code}') first`
      : `No language pack for '${code}'; supported: ${SUPPORTED_LANGUAGES.join(', ')}`,
  );
}

export { LANGUAGE_NAMES, SUPPORTED_LANGUAGES, isSupportedLanguage, supportedLanguageList } from './supported';
export type { LanguagePack, LanguagePackHost } from './types';
