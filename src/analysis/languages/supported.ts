/**
 * The languages the engine has a pack for, by ISO 639-1 code, with their English names.
 * Kept apart from the packs so that the page layer can ask what is supported without
 * bundling any pack into the content script.
 */
export const LANGUAGE_NAMES: Readonly<Record<string, string>> = { en: 'English', de: 'German' };

/** The codes of the languages with a pack, English first. */
export const SUPPORTED_LANGUAGES: readonly string[] = Object.keys(LANGUAGE_NAMES);

export function isSupportedLanguage(code: string): boolean {
  return Object.hasOwn(LANGUAGE_NAMES, code);
}

/** The supported languages as a reader reads them: "English and German". */
export function supportedLanguageList(): string {
  const names = SUPPORTED_LANGUAGES.map((code) => LANGUAGE_NAMES[code]!);
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names[0]!;
}
