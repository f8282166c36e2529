import { knownType } from '../knowledge';
import { replaceOverlapped } from './mention-spans';
import type { Span } from '../../shared/schema';
import type { Mention } from './types';

/** "Valentine's Day", "New Year's Eve", "World's Fair": a possessive before one of these words is one name. */
const POSSESSIVE_EVENT = /(?<![\p{L}\p{N}])((?:\p{Lu}\p{Ll}+ )?(\p{Lu}\p{Ll}+)['’]s (?:Day|Eve|Fair))(?![\p{L}\p{N}]| \p{Lu})/gu;
/**
 * The words every such name ends with, found far faster than the whole pattern tried at every letter; the pattern
 * then reads only the lines that hold them (it matches no line break, and a line's ends read as the break would).
 */
const EVENT_ENDING = /['’]s (?:Day|Eve|Fair)/gu;

/**
 * Names with a possessive inside, which the tagger cuts at the "'s": a holiday
 * or a fair ("Valentine's Day"), and a title the gazetteer knows the start of
 * ("Assassin's Creed Origins" after "Assassin's Creed").
 */
export function withPossessiveNames(text: string, mentions: Mention[]): Mention[] {
  const found: Mention[] = [];
  for (const line of linesHolding(text, EVENT_ENDING)) {
    for (const match of text.slice(line.start, line.end).matchAll(POSSESSIVE_EVENT)) {
      // "Biden's Day" is a day of Biden's.
      if (knownType(match[2]!) === 'PER') continue;
      const start = line.start + match.index;
      found.push({ start, end: start + match[1]!.length, text: match[1]!, type: 'MISC' });
    }
  }
  for (let i = 0; i + 1 < mentions.length; i++) {
    const [left, right] = [mentions[i]!, mentions[i + 1]!];
    const between = text.slice(left.end, right.start);
    if (!/^['’]s $/u.test(between)) continue;
    const rightWords = right.text.split(' ');
    for (let k = rightWords.length; k > 0; k--) {
      const type = knownType(`${left.text}'s ${rightWords.slice(0, k).join(' ')}`);
      if (type === 'MISC') {
        found.push({ start: left.start, end: right.end, text: text.slice(left.start, right.end), type });
        break;
      }
    }
  }
  return found.length === 0 ? mentions : replaceOverlapped(mentions, withoutOverlaps(found));
}

/** The lines (between line breaks) in which `pattern`, a global pattern that matches no line break, matches, in text order. */
function linesHolding(text: string, pattern: RegExp): Span[] {
  const lines: Span[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const end = text.indexOf('\n', match.index);
    lines.push({ start: text.lastIndexOf('\n', match.index) + 1, end: end === -1 ? text.length : end });
    pattern.lastIndex = end === -1 ? text.length : end;
  }
  return lines;
}

/** The earliest of names that overlap ("Valentine's Day" found by both passes). */
function withoutOverlaps(found: Mention[]): Mention[] {
  const kept: Mention[] = [];
  for (const m of [...found].sort((a, b) => a.start - b.start)) if ((kept.at(-1)?.end ?? -1) <= m.start) kept.push(m);
  return kept;
}
