/**
 * Which language an article is written in, from what the page declares and a
 * cheap look at the text itself. The text wins when there is enough of it: pages
 * often declare a wrong or missing language (a template's `lang="en"` on a
 * Spanish edition, no attribute at all on an English blog).
 */

import { CLEAR_SHARE, SAMPLE_CHARS, functionWordShares } from '../analysis/languages/detect';
import { LANGUAGE_NAMES } from '../analysis/languages/supported';

export interface LanguageGuess {
  /** BCP 47 primary subtag ('en', 'fr', 'zh' …), or 'und' when unknown. */
  lang: string;
  english: boolean;
  /** What decided: the text, the page's declaration, or nothing (assumed English). */
  basis: 'text' | 'declared' | 'assumed';
  /** The language is unknown ('und') because the article's text is too short to tell it, not because it is another. */
  tooShort?: true;
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
const NON_LATIN_LETTER = /[^\P{L}\p{Script=Latin}]/u;

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

/**
 * The language of `sample` (the article's text) on `doc`. A short sample (a brief, a teaser, or none: a page
 * refused before its article was found) decides alone when its own words are clear; else it is completed with
 * the page's own prose, so that the text still decides. When even that tells nothing and the sample was short,
 * `tooShort` says so: the page's language is unknown for want of text, not another language.
 */
export function detectLanguage(doc: Document, sample: string): LanguageGuess {
  const declared = declaredLanguage(doc);
  if (sample.length < ENOUGH_SAMPLE_CHARS) {
    const own = fromText(sample, declared);
    if (own && own.lang !== 'und') return own;
  }
  const text = (sample.length >= ENOUGH_SAMPLE_CHARS ? sample : `${sample}\n${pageProse(doc, SAMPLE_CHARS - sample.length)}`).slice(0, SAMPLE_CHARS);
  const guess = fromText(text, declared) ?? (declared ? { lang: declared, english: declared === 'en', basis: 'declared' as const } : { lang: 'en', english: true, basis: 'assumed' as const });
  return guess.lang === 'und' && sample.length < ENOUGH_SAMPLE_CHARS ? { ...guess, tooShort: true } : guess;
}

/** What `text` itself tells of its language: a script, a language's function words, or no running prose of a listed language; nothing when it is too short for either. */
function fromText(text: string, declared: string | undefined): LanguageGuess | undefined {
  // Counting letters by script costs a pass per script: only text with a letter outside Latin needs it.
  const letters = NON_LATIN_LETTER.test(text) ? (text.match(/\p{L}/gu)?.length ?? 0) : 0;
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
  if (shares.length === 0) return undefined;
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
  // Neither English nor a listed language: trust a non-English declaration, else call it unknown. Text
  // with few short words is no running prose (captions, names, a list of products) and tells nothing.
  if (english < CLEAR_SHARE / 2 && shortWordShare(text) >= PROSE_SHORT_WORDS) {
    return { lang: declared && declared !== 'en' ? declared : 'und', english: false, basis: 'text' };
  }
  return undefined;
}

/**
 * Running prose in any language is about a third or more words of one to three letters (articles,
 * prepositions, pronouns: "the", "of", "w", "na", "der", "et"); captions, names and lists have far fewer.
 */
const PROSE_SHORT_WORDS = 0.2;

function shortWordShare(text: string): number {
  const words = text.match(/\p{L}+/gu) ?? [];
  return words.length === 0 ? 0 : words.filter((w) => w.length <= 3).length / words.length;
}

/** A sample this long tells its language; a shorter one is completed with the page's prose. */
const ENOUGH_SAMPLE_CHARS = 400;

/** Where a page keeps what is not its text: menus, banners, footers, side boxes, code. */
const NOT_PROSE = 'nav, header, footer, aside, [role="navigation"], [role="banner"], [role="contentinfo"], script, style, noscript, template, pre, code';

/**
 * Up to `max` characters of the page's own prose: its paragraphs outside menus,
 * banners, footers and side boxes, in document order; a page without paragraphs
 * gives the visible text of its body instead.
 */
export function pageProse(doc: Document, max: number): string {
  const parts: string[] = [];
  let length = 0;
  for (const p of doc.querySelectorAll('p')) {
    if (length >= max) break;
    if (p.closest(NOT_PROSE)) continue;
    const text = p.textContent?.replace(/\s+/g, ' ').trim();
    if (!text) continue;
    parts.push(text);
    length += text.length + 1;
  }
  if (length >= ENOUGH_SAMPLE_CHARS || !doc.body) return parts.join('\n').slice(0, max);
  return bodyText(doc.body, max);
}

/** The text of `body` outside scripts, styles and menus, up to `max` characters; stops there (a page can be megabytes). */
function bodyText(body: Element, max: number): string {
  const parts: string[] = [];
  let length = 0;
  const walker = body.ownerDocument.createTreeWalker(body, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node && length < max; node = walker.nextNode()) {
    const text = (node as Text).data.replace(/\s+/g, ' ').trim();
    if (!text || node.parentElement?.closest(NOT_PROSE)) continue;
    parts.push(text);
    length += text.length + 1;
  }
  return parts.join(' ').slice(0, max);
}

/** A language tag as the reader knows it: "French (fr)"; the supported languages' names are the engine's own. */
export function languageName(lang: string): string {
  const name = LANGUAGE_NAMES[lang] ?? displayName(lang);
  return name ? `${name} (${lang})` : lang === 'und' ? 'another language' : `another language (${lang})`;
}

/** The language's English name from the runtime's own table (`Intl.DisplayNames`), where it knows the code. */
function displayName(lang: string): string | undefined {
  try {
    const name = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' }).of(lang);
    return name && name !== lang ? name : undefined;
  } catch {
    return undefined;
  }
}
