import { knownType } from '../knowledge';
import type { Token } from '../tokenize';

/**
 * Where a name ends once what follows it is taken in: a product's number
 * ("Red Dead Redemption 2", "iPhone 14", only for names the tagger or the
 * gazetteer call MISC, so that "Apple 10 years ago" stays "Apple"), a model
 * code after a maker's name, a known title's subtitle.
 */
export function productNameEnd(text: string, words: readonly Token[], type: string): number {
  const end = words.at(-1)!.end;
  const name = text.slice(words[0]!.start, end);
  // "Nvidia GTX 1080", "Intel Core i7 4790K": a maker's or product line's name before a model code. A code has a digit
  // in its first word or right after it ("i7", "GTX 1080"); MODEL_CODE compiles to 150 KB, so it runs only then.
  const maker = (type === 'ORG' || type === 'MISC') && /\d/.test(text.slice(end, end + 8));
  const code = maker ? MODEL_CODE.exec(text.slice(end, end + 24)) : null;
  if (code && !QUARTER.test(code[1]!) && knownType(name) !== 'LOC' && knownType(name) !== 'PER') return end + code[0].length;
  // "Call of Duty: WW2": a known game's, film's or book's subtitle after a colon.
  const subtitle = knownType(name) === 'MISC' && text.startsWith(': ', end) ? SUBTITLE.exec(text.slice(end, end + 60)) : null;
  if (subtitle) return end + subtitle[0].length;
  const number = /^ (?:\d{1,4}|II|III|IV|V|VI)\b(?![.,]\d|%)/u.exec(text.slice(end, end + 8));
  if (!number) return end;
  return type === 'MISC' || knownType(name) === 'MISC' ? end + number[0].length : end;
}

/** One to three model-code words, the first mixing letters and digits ("i7", "S24") or capitals before a number ("GTX 1080"). */
const MODEL_CODE = /^ ((?:\p{L}{1,3}\d[\p{L}\d]*|\p{Lu}{2,5}(?= \d))(?: (?:\p{Lu}{2,5}(?= \d)|\p{L}{0,3}\d+[\p{L}\d]*)){0,2})(?![\p{L}\d.,]\d|[\p{L}\d%-])/u;
/** ": WW2", ": Black Ops": one to four capitalised words or codes, then no more, not opening a sentence ("Fortnite: The game…"). */
const SUBTITLE = /^: (?!(?:The|A|An|It|This|That|He|She|We|They|I|In|On|At|But|And)\b)[\p{Lu}\d][\p{L}\d'’-]*(?: [\p{Lu}\d][\p{L}\d'’-]*){0,3}(?![\p{L}\d]| [\p{Lu}\d])/u;
/** "Samsung Q3", "Apple FY2024": a quarter or a fiscal year is no model. */
const QUARTER = /^(?:Q[1-4]|H[12]|FY\d*)\b/u;
