import type { EntityType, Span } from '../../shared/schema';
import { tokenize, type Token } from '../tokenize';
import type { Mention } from './types';

const PERSON_TITLES = /^(Mr|Mrs|Ms|Dr|Prof|President|Senator|Sen|Rep|Gov|Governor|Minister|Chairman|CEO|founder|expert|spokesman|spokeswoman|Judge)\.?$/;
const ORG_WORDS = /^(Inc|Corp|Corporation|Company|Co|Ltd|Group|Party|Bank|University|Times|Post|News|Research|Capital|Fund|Department|Ministry|Agency|Council|Commission|Institute|Laboratory|Association|Technology|Investment|International)\.?$/;
const LOC_WORDS = /^(City|Province|State|County|River|Mountain|Island|Street|Region)$/;
const FUNCTION_WORDS = new Set(['The', 'A', 'An', 'In', 'On', 'At', 'As', 'After', 'Before', 'But', 'And', 'Or', 'If', 'It', 'He', 'She', 'They', 'We', 'I', 'This', 'That', 'These', 'Those', 'However', 'According', 'Since', 'While', 'When', 'His', 'Her', 'Its', 'Their', 'Our']);
const CONNECTORS = new Set(['of', 'for', 'and', 'de', 'van', 'von']);

/**
 * Finds capitalised name spans in each sentence and types them from nearby words.
 * A rule-based recogniser: capitalised runs that are not sentence-initial function words.
 */
export function recognizeMentions(text: string, sentences: Span[]): Mention[] {
  const mentions: Mention[] = [];
  for (const sentence of sentences) {
    const tokens = tokenize(text, sentence.start, sentence.end);
    let i = 0;
    while (i < tokens.length) {
      if (!isNameToken(tokens[i]!, i === 0)) {
        i++;
        continue;
      }
      let j = i + 1;
      while (j < tokens.length) {
        if (isNameToken(tokens[j]!, false)) j++;
        else if (CONNECTORS.has(tokens[j]!.text) && j + 1 < tokens.length && isNameToken(tokens[j + 1]!, false)) j += 2;
        else break;
      }
      const first = tokens[i]!;
      const last = tokens[j - 1]!;
      mentions.push({
        start: first.start,
        end: last.end,
        text: text.slice(first.start, last.end),
        type: guessType(tokens, i, j),
      });
      i = j;
    }
  }
  return mentions;
}

function isNameToken(token: Token, sentenceInitial: boolean): boolean {
  if (!/^\p{Lu}/u.test(token.text) && !/^\p{N}+$/u.test(token.text)) return false;
  if (/^\p{N}+$/u.test(token.text)) return false;
  if (sentenceInitial && FUNCTION_WORDS.has(token.text)) return false;
  return !FUNCTION_WORDS.has(token.text) || !sentenceInitial;
}

function guessType(tokens: Token[], from: number, to: number): EntityType {
  const words = tokens.slice(from, to).map((t) => t.text);
  const before = tokens[from - 1]?.text ?? '';
  const after = tokens[to]?.text ?? '';
  if (words.some((w) => ORG_WORDS.test(w))) return 'ORG';
  if (words.some((w) => LOC_WORDS.test(w)) || before === 'in' || before === 'from') return 'LOC';
  if (PERSON_TITLES.test(before) || /^(said|says|told|wrote|announced)$/.test(after)) return 'PER';
  if (words.length === 2 && words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w))) return 'PER';
  if (/^\p{Lu}{2,}$/u.test(words[0]!) && words.length === 1) return 'ORG';
  return 'MISC';
}
