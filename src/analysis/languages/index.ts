import { englishPack } from './en';
import { SUPPORTED_LANGUAGES, isSupportedLanguage } from './supported';
import type { LanguagePack } from './types';

/**
 * The language packs. English is built in; every other pack is a dynamic import, so
 * bundlers put it in a chunk of its own that only a text in that language loads.
 */
const LOADERS: Readonly<Record<string, () => Promise<LanguagePack>>> = {
  en: () => Promise.resolve(englishPack),
  de: () => import('./de').then((m) => m.germanPack),
};

const loaded = new Map<string, LanguagePack>([['en', englishPack]]);

/** Loads a language's pack once (a separate chunk for all but English). */
export async function loadLanguagePack(code: string): Promise<LanguagePack> {
  const ready = loaded.get(code);
  if (ready) return ready;
  const loader = isSupportedLanguage(code) ? LOADERS[code] : undefined;
  if (!loader) throw new Error(`No language pack for '${code}'; supported: ${SUPPORTED_LANGUAGES.join(', ')}`);
  const pack = await loader();
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
export type { LanguagePack } from './types';
