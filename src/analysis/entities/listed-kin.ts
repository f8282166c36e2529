import type { EntityType } from '../../shared/schema';
import { describeKnown } from '../knowledge';
import type { Mention } from './types';

/** What joins the members of a list: a comma, "and" or "or", a comma before either. */
const LIST_JOINER = /^(?: ?, | ?,? (?:and|or) )$/u;
const KINDS: readonly EntityType[] = ['PER', 'ORG', 'LOC'];

/**
 * "Apple, Amazon and Google", "Google and Amazon", "the West Bank and Gaza": the names of a list are of one
 * kind, so a member read as another type takes the list's where the gazetteer knows the name as that too
 * ("Amazon" a company and a river). The list's type is the one that every member has or may have (its
 * tagged type, or one the gazetteer knows it by) and that at least two do. A list ends in "and" or "or":
 * a comma alone may part two clauses or set off an apposition.
 */
export function withListedKin(text: string, mentions: Mention[]): Mention[] {
  let out: Mention[] | undefined;
  let first = 0;
  for (let i = 1; i <= mentions.length; i++) {
    if (i < mentions.length && LIST_JOINER.test(text.slice(mentions[i - 1]!.end, mentions[i]!.start))) continue;
    const list = mentions.slice(first, i);
    const type = list.length >= 2 && / (?:and|or) $/u.test(text.slice(list.at(-2)!.end, list.at(-1)!.start)) ? listType(list) : undefined;
    list.forEach((member, k) => {
      if (!type || member.type === type) return;
      out ??= [...mentions];
      out[first + k] = { ...member, type };
    });
    first = i;
  }
  return out ?? mentions;
}

/** The one type every member has or may have; where two fit, the one more members are tagged with. */
function listType(list: readonly Mention[]): EntityType | undefined {
  const fits = (m: Mention, type: EntityType) => m.type === type || describeKnown(m.text, type) !== undefined;
  const tagged = (type: EntityType) => list.filter((m) => m.type === type).length;
  const [best, next] = KINDS.filter((type) => list.every((m) => fits(m, type))).sort((a, b) => tagged(b) - tagged(a));
  return best !== undefined && (next === undefined || tagged(best) > tagged(next)) ? best : undefined;
}
