/**
 * Which language a plain text is in, from the share of its words that are frequent
 * function words of each language. The page layer (`src/page/language.ts`) weighs these
 * shares against the page's own declaration; here, with no page, the text alone decides.
 */

/** Frequent function words that are rare in the other languages listed. */
const FUNCTION_WORDS: Readonly<Record<string, ReadonlySet<string>>> = {
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

/** How much of a text is read to tell its language. */
export const SAMPLE_CHARS = 20_000;
const MIN_WORDS = 30;
/** A language's function words make up at least this share of a text written in it. */
export const CLEAR_SHARE = 0.12;

/** Each listed language's share of function words among the first 20,000 characters' words; empty below 30 words. */
export function functionWordShares(text: string): Array<readonly [string, number]> {
  const words = text.slice(0, SAMPLE_CHARS).toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < MIN_WORDS) return [];
  return Object.entries(FUNCTION_WORDS).map(([lang, set]) => {
    let hits = 0;
    for (const word of words) if (set.has(word)) hits++;
    return [lang, hits / words.length] as const;
  });
}

/**
 * The language of a plain text (ISO 639-1), or 'und' when the text is too short or no
 * listed language is clear. English wins when its share is clear, as on the page: names
 * and titles from other languages ("der", "de la") add to their counts in English text.
 */
export function detectTextLanguage(text: string): string {
  const shares = functionWordShares(text);
  if (shares.length === 0) return 'und';
  const english = shares.find(([lang]) => lang === 'en')![1];
  if (english >= CLEAR_SHARE) return 'en';
  const [lang, share] = shares.reduce((a, b) => (b[1] > a[1] ? b : a));
  return share >= CLEAR_SHARE ? lang : 'und';
}
