import { describeKnown, knownType } from '../knowledge';
import type { Mention } from './types';

const STATE_UNIVERSITY = /^University of (.+)$/u;
// `(?<!\w)` and `(?!\w)` for `\b`: under the i and u flags V8 runs `\b` a hundred times slower.
const FIRST_LEVEL_DIVISION = /(?<!\w)(?:state|province) of(?!\w)/iu;

/**
 * "University of California, San Diego", "University of Texas, Austin": a state
 * or provincial university's campus is named after a comma; the tagger reads
 * the campus as a place of its own. Not "University of Oxford, England", whose
 * "of" names no state.
 */
export function withCampusNames(text: string, mentions: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const mention = mentions[i]!;
    const next = mentions[i + 1];
    const state = mention.type === 'ORG' ? STATE_UNIVERSITY.exec(mention.text)?.[1] : undefined;
    const campus =
      state !== undefined &&
      (next?.type === 'LOC' || (next !== undefined && knownType(next.text) === 'LOC')) &&
      text.slice(mention.end, next.start) === ', ' &&
      !/^ ?\p{Lu}/u.test(text.slice(next.end, next.end + 2)) &&
      FIRST_LEVEL_DIVISION.test(describeKnown(state, 'LOC')?.description ?? '');
    if (!campus) {
      out.push(mention);
      continue;
    }
    out.push({ start: mention.start, end: next!.end, text: text.slice(mention.start, next!.end), type: 'ORG' });
    i++;
  }
  return out;
}
