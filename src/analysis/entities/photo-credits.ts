import { knownType } from '../knowledge';
import { PHOTO_AGENCIES } from './data/photo-agencies';
import { replaceOverlapped } from './mention-spans';
import type { Mention } from './types';

/** Two or three capitalised words (or words in capitals) right before "/" and an agency: "Thomas Coex/AFP", "JIM WATSON/AFP". */
const AGENCY = `/ ?(?:${PHOTO_AGENCIES.map((a) => a.replace(/[.]/gu, '\\.')).join('|')})(?![\\p{L}\\p{N}])`;
const CREDIT = new RegExp(`(?<![\\p{L}\\p{N}/])(\\p{Lu}[\\p{L}'’.-]*(?: \\p{Lu}[\\p{L}'’.-]*){1,2}) ?${AGENCY}`, 'gu');
/** The credit's end alone: most texts name no agency after a "/", and this finds that far faster than `CREDIT` tried at every capital. */
const AGENCY_AFTER_SLASH = new RegExp(AGENCY, 'u');

/** A caption's label written against the credit ("CreditJeon Heon-Kyun"), as pages set them in separate elements. */
const GLUED_LABEL = /(?:^|.* )(?:Credit|Photo|Image|Source|Illustration)+(?=\p{Lu})/u;

/**
 * "(Thomas Coex/AFP/Getty Images)", "JIM WATSON/AFP/Getty Images": a photo's
 * credit names its photographer before the agency. A tagger trained on Reuters
 * reads a line of capitals as a dateline's place; the name is a person's. The
 * caption's last words may run into it ("… in Paris Benoit Tessier/Reuters"):
 * a word the gazetteer knows is left before the name.
 */
export function withPhotoCredits(text: string, mentions: Mention[]): Mention[] {
  if (!AGENCY_AFTER_SLASH.test(text)) return mentions;
  const added: Mention[] = [];
  for (const match of text.matchAll(CREDIT)) {
    let start = match.index!;
    const end = start + match[1]!.length;
    start += GLUED_LABEL.exec(match[1]!)?.[0].length ?? 0;
    let words = text.slice(start, end).split(' ');
    while (words.length > 2 && knownType(words[0]!) !== undefined) {
      start += words[0]!.length + 1;
      words = words.slice(1);
    }
    added.push({ start, end, text: text.slice(start, end), type: 'PER' });
  }
  return added.length === 0 ? mentions : replaceOverlapped(mentions, added);
}
