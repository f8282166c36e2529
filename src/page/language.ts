/**
 * Which language an article is written in, from what the page declares and a
 * cheap look at the text itself. The text wins when there is enough of it: pages
 * often declare a wrong or missing language (a template's `lang="en"` on a
 * Spanish edition, no attribute at all on an English blog).
 */

export interface LanguageGuess {
  /** BCP 47 primary subtag ('en', 'fr', 'zh' …), or 'und' when unknown. */
  lang: string;
  english: boolean;
  /** What decided: the text, the page's declaration, or nothing (assumed English). */
  basis: 'text' | 'declared' | 'assumed';
}

/** Frequent function words that are rare in the other languages listed. */
const FUNCTION_WORDS: Record<string, ReadonlySet<string>> = {
  en: new Set(
    'the and of to is that it for with his he they this have are be by from which were has had not but at or would their been said who will about more its than we you she her there what when one all can also after into our if up out'.split(' '),
  ),
  fr: new Set(
    'le les des du et est une un que qui dans pour pas sur avec au aux ce il elle sont par plus ont été mais ou nous vous leur cette ces être fait comme'.split(' '),
  ),
  de: new Set(
    'der die das und ist nicht ein eine zu den von mit sich des auf für im dem auch es wird werden sind wie bei oder nach aus noch hat wurde über'.split(' '),
  ),
  es: new Set(
    'el los las que y en del se por con una para es su al lo como más pero sus ya fue este ha porque esta entre cuando muy sin sobre también'.split(' '),
  ),
  pt: new Set(
    'o os da do das dos em um uma que não com para por mais foi ao pelo pela na no é à mas seu sua ele ela também são está'.split(' '),
  ),
  it: new Set('il di che e per non gli nel della con anche ma sono è una del alla questo come più dei delle'.split(' ')),
  nl: new Set('het een en van is dat op te niet zijn voor met die ook wordt er aan maar bij door'.split(' ')),
};

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

const SAMPLE_CHARS = 20_000;
const MIN_WORDS = 30;
const NON_LATIN_SHARE = 0.3;
const CLEAR_SHARE = 0.12;

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

  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length >= MIN_WORDS) {
    const shares = Object.entries(FUNCTION_WORDS).map(([lang, set]) => {
      let hits = 0;
      for (const word of words) if (set.has(word)) hits++;
      return [lang, hits / words.length] as const;
    });
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
