import { describe, expect, it } from 'vitest';
import { contextMatches, entityReport } from '../../../../scripts/eval/entities';
import type { GoldArticle } from '../../../../scripts/eval/gold';
import type { Analysis } from '../../../../src/shared/schema';

const text = 'Lei Jun, the founder of Xiaomi, spoke. Lei said Xiaomi and Xiaomi Bank grow.';
const article: GoldArticle = {
  name: 'toy',
  text,
  gold: {
    sentences: [],
    headings: [],
    nonClaims: [],
    entities: [
      { name: 'Lei Jun', type: 'PER', mentions: ['Lei Jun', 'Lei'], context: 'the founder of Xiaomi' },
      { name: 'Xiaomi', type: 'ORG', mentions: ['Xiaomi'] },
      { name: 'Xiaomi Bank', type: 'ORG', mentions: ['Xiaomi Bank'] },
    ],
  },
};

function mention(name: string, from = 0) {
  const start = text.indexOf(name, from);
  return { start, end: start + name.length, text: name };
}

describe('entityReport', () => {
  it('scores typed mentions, alias groups, wrong merges and contexts', () => {
    const analysis: Analysis = {
      version: 1,
      text,
      sentences: [],
      entities: [
        { id: 'e1', name: 'Lei Jun', type: 'PER', mentions: [mention('Lei Jun'), mention('Lei', 10)], context: 'the founder of Xiaomi' },
        // A wrong merge and a wrong type.
        { id: 'e2', name: 'Xiaomi', type: 'LOC', mentions: [mention('Xiaomi'), mention('Xiaomi Bank')] },
      ],
    };
    const { rows, markdown } = entityReport([article], () => analysis);
    expect(rows[0]).toMatchObject({ gold: 4, predicted: 4, matched: 2, aliasGroups: 1, aliasMerged: 1, wrongMerges: 1, contexts: 1, contextsFound: 1 });
    expect(markdown).toContain('| toy | 50.0 | 50.0 | 2/4 | 1/1 | 1 | 1/1 |');
  });

  it('matches a context by containment or by most of its words, ignoring a note', () => {
    expect(contextMatches('founder of Galaxy Space', 'founder of Galaxy Space (from “its founder Xu Ming”)')).toBe(true);
    expect(contextMatches('the founder of Xiaomi', 'founder of Xiaomi')).toBe(true);
    expect(contextMatches('a senior fellow', 'a senior fellow at the Council on Foreign Relations')).toBe(true);
    expect(contextMatches('the search engine', 'a Chinese space technology company')).toBe(false);
    expect(contextMatches(undefined, 'China expert')).toBe(false);
  });
});
