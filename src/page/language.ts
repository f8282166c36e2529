/**
 * Which language an article is written in, from what the page declares and a
 * cheap look at the text itself. The text wins when there is enough of it: pages
 * often declare a wrong or missing language (a template's `lang="en"` on a
 * Spanish edition, no attribute at all on an English blog).
 */

import { CLEAR_SHARE, SAMPLE_CHARS, functionWordShares } from '../analysis/languages/detect';

export interface LanguageGuess {
  /** BCP 47 primary subtag ('en', 'fr', 'zh' …), or 'und' when unknown. */
  lang: string;
  english: boolean;
  /** What decided: the text, the page's declaration, or nothing (assumed English). */
  basis: 'text' | 'declared' | 'assumed';
}

/** Scripts other than Latin, each with the language its share most likely means. */
const SCRIPTS: ReadonlyArray<[RegExp, string]> = [
  [/\p{Script=Han}/gu, 'zh'],
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/gu, 'ja'],
  [/\p{Script=Hangul}/gu, 'ko'],
  [/\p{Script=Cyrillic}/gu, 'ru'],
  [/\p{Script=Arabic}/gu, 'ar'],
  [/\p{Script=Hebrew}/gu, 'he'],
  [/\p{Script=Greek}/gu, 'el'],
  [/\p{Script=Devanagari}/gu, 'hi'],
  [/\p{Script=Thai}/gu, 'th'],
];

const NON_LATIN_SHARE = 0.3;

/** The language the page declares: `<html lang>`, `Content-Language`, then `og:locale`. */
export function declaredLanguage(doc: Document): string | undefined {
  const candidates = [
    doc.documentElement?.getAttribute('lang'),
    doc.documentElement?.getAttribute('xml:lang'),
    doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content'),
    doc.querySelector('meta[property="og:locale"]')?.getAttribute('content'),
  ];
  for (const value of candidates) {
    const primary = value?.trim().split(/[-_,\s]/)[0]?.toLowerCase();
    if (primary && /^[a-z]{2,3}$/.test(primary)) return primary;
  }
  return undefined;
}

/** The language of `sample` (the article's text) on `doc`. */
export function detectLanguage(doc: Document, sample: string): LanguageGuess {
  const declared = declaredLanguage(doc);
  const text = sample.slice(0, SAMPLE_CHARS);

  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (letters > 0) {
    let best: [string, number] = ['und', 0];
    for (const [pattern, lang] of SCRIPTS) {
      const count = text.match(pattern)?.length ?? 0;
      if (count > best[1]) best = [lang, count];
    }
    if (best[1] / letters >= NON_LATIN_SHARE) {
      const lang = declared && declared !== 'en' ? declared : best[0];
      return { lang, english: false, basis: 'text' };
    }
  }

  const shares = functionWordShares(text);
  if (shares.length > 0) {
    const english = shares.find(([lang]) => lang === 'en')?.[1] ?? 0;
    const [otherLang, other] = shares
      .filter(([lang]) => lang !== 'en')
      .reduce((a, b) => (b[1] > a[1] ? b : a), ['und', 0] as const);
    // English function words this common are English, whatever names and titles from other languages
    // ("de la", "del", "der", "Le Monde") add to another language's count.
    if (english >= CLEAR_SHARE) return { lang: 'en', english: true, basis: 'text' };
    if (other >= CLEAR_SHARE) {
      const lang = declared && declared !== 'en' ? declared : otherLang;
      return { lang, english: false, basis: 'text' };
    }
    // Neither English nor a listed language: trust a non-English declaration, else call it unknown.
    if (english < CLEAR_SHARE / 2) return { lang: declared && declared !== 'en' ? declared : 'und', english: false, basis: 'text' };
  }

  if (declared) return { lang: declared, english: declared === 'en', basis: 'declared' };
  return { lang: 'en', english: true, basis: 'assumed' };
}

const LANGUAGE_NAMES: Record<string, string> = {
  fr: 'French', de: 'German', es: 'Spanish', pt: 'Portuguese', it: 'Italian', nl: 'Dutch', zh: 'Chinese',
  ja: 'Japanese', ko: 'Korean', ru: 'Russian', ar: 'Arabic', he: 'Hebrew', el: 'Greek', hi: 'Hindi', th: 'Thai',
};

/** A language tag as the reader knows it: "French (fr)". */
export function languageName(lang: string): string {
  const name = LANGUAGE_NAMES[lang];
  return name ? `${name} (${lang})` : lang === 'und' ? 'another language' : `another language (${lang})`;
}
