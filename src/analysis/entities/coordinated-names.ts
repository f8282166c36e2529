import { describeKnown } from '../knowledge';
import type { Mention } from './types';

/** " and Control Technology" up to a word in lower case or punctuation: the second half of a coordinated name. */
const AND_RUN = /^ and ((?:\p{Lu}[\p{L}-]*)(?: \p{Lu}[\p{L}-]*){0,2})(?![\p{L}\p{N}]| \p{Lu}| of\b)/u;

/**
 * "Defense Laboratory for Aerospace Mechanisms and Control Technology",
 * "Department of Design and Construction": an organisation named for two
 * fields joins them with "and", and the tagger stops at it. An organisation's
 * "of" or "for" phrase takes the capitalised words after "and" when they name
 * nothing on their own ("the Department of Justice and Google" stays two) and
 * the tagger did not read them as a person or a place.
 */
export function withCoordinatedNames(text: string, mentions: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const mention = mentions[i]!;
    const run = mention.type === 'ORG' && / (?:of|for) \p{Lu}/u.test(mention.text) ? AND_RUN.exec(text.slice(mention.end, mention.end + 80)) : null;
    const end = run ? mention.end + run[0].length : mention.end;
    const inside: Mention[] = [];
    for (let j = i + 1; run && j < mentions.length && mentions[j]!.start < end; j++) inside.push(mentions[j]!);
    if (!run || describeKnown(run[1]!) !== undefined || inside.some((m) => m.end > end || m.type === 'PER' || m.type === 'LOC')) {
      out.push(mention);
      continue;
    }
    out.push({ start: mention.start, end, text: text.slice(mention.start, end), type: 'ORG' });
    i += inside.length;
  }
  return out;
}
