import type { EntityType } from '../../shared/schema';
import { NAME_HEAD_TYPES } from './data/name-heads';
import { initials } from './names';
import { replaceOverlapped } from './mention-spans';
import type { Mention } from './types';

/** "(NBT)", "(CCP)": an acronym in parentheses, on the same line as the words before it. */
const DEFINED_ACRONYM = /\((\p{Lu}{2,8})\)/gu;
const NAME_WORD = /^(?:\p{Lu}[\p{L}\p{N}'’-]*|of|and|for|the|on|in|de|&)$/u;

/**
 * "a file format known as Named Binary Tag (NBT)": words in title case whose
 * initials are the acronym in parentheses after them are that acronym's name,
 * whatever the tagger made of them ("Named" reads as a verb). Only for an
 * acronym the tagger took for a name somewhere in the article, so that "Chief
 * Executive Officer (CEO)" stays a job. The name gets the acronym's type unless
 * its last word says what it is.
 */
export function withDefinedNames(text: string, mentions: Mention[]): Mention[] {
  const typeOf = new Map(mentions.map((m) => [m.text, m.type]));
  const spans = new Set(mentions.map((m) => `${m.start}:${m.end}`));
  const added: Mention[] = [];
  for (const match of text.matchAll(DEFINED_ACRONYM)) {
    const acronym = match[1]!;
    const acronymType = typeOf.get(acronym);
    if (!acronymType) continue;
    const name = nameBefore(text, match.index!, acronym);
    if (!name || spans.has(`${name.start}:${name.end}`)) continue;
    const head = NAME_HEAD_TYPES.get(name.text.slice(name.text.lastIndexOf(' ') + 1).toLowerCase());
    added.push({ ...name, type: (head ?? acronymType) as EntityType });
  }
  return added.length === 0 ? mentions : replaceOverlapped(mentions, added);
}

/** The shortest run of name words ending right before `(ACRONYM)` (or a possessive before it) whose initials spell it, starting with a capital. */
function nameBefore(text: string, parenthesis: number, acronym: string): Omit<Mention, 'type'> | undefined {
  // The line break is looked for only within the 160 characters read: unbounded, one long line made every acronym cross it.
  const windowStart = Math.max(0, parenthesis - 161);
  const lineBreak = text.slice(windowStart, parenthesis).lastIndexOf('\n');
  const line = text.slice(Math.max(0, lineBreak < 0 ? 0 : windowStart + lineBreak + 1, parenthesis - 160), parenthesis);
  // "Chinese Communist Party’s (CCP)": the possessive is not part of the name.
  const trimmed = line.replace(/(?:['’]s)?\s*$/u, '');
  const words = [...trimmed.matchAll(/\S+/gu)];
  const lineStart = parenthesis - line.length;
  for (let k = words.length - 1; k >= 0 && words.length - k <= acronym.length * 2; k--) {
    const word = words[k]![0];
    if (!NAME_WORD.test(word)) return undefined;
    if (!/^\p{Lu}/u.test(word)) continue;
    const run = trimmed.slice(words[k]!.index);
    if (initials(run) === acronym) return { start: lineStart + words[k]!.index!, end: lineStart + trimmed.length, text: run };
  }
  return undefined;
}
