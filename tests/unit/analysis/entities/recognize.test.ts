import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isLowerCaseWord, recognizeMentions } from '../../../../src/analysis/entities/recognize';
import { segmentSentences } from '../../../../src/analysis/segment';
import { tokenize } from '../../../../src/analysis/tokenize';

const seed = readFileSync(new URL('../../../fixtures/seed/article.txt', import.meta.url), 'utf8');
const gold = JSON.parse(readFileSync(new URL('../../../fixtures/seed/gold.json', import.meta.url), 'utf8')) as {
  entities: { name: string; type: string; mentions: string[] }[];
};

describe('recognizeMentions', () => {
  const mentions = recognizeMentions(seed, segmentSentences(seed));

  it('gives offsets that index the text', () => {
    for (const m of mentions) expect(seed.slice(m.start, m.end)).toBe(m.text);
  });

  it('finds most of the seed article’s gold names', () => {
    const found = new Set(mentions.map((m) => m.text));
    const names = [...new Set(gold.entities.flatMap((e) => e.mentions))];
    const recalled = names.filter((n) => found.has(n));
    expect(recalled.length / names.length).toBeGreaterThanOrEqual(0.75);
  });

  it('types the people of the seed article', () => {
    const person = (name: string) => mentions.find((m) => m.text === name)?.type;
    for (const name of ['Lei Jun', 'Li Yanming', 'Xu Ming', 'Deng Zongquan']) expect(person(name)).toBe('PER');
  });

  it('drops a sentence-opening function word from a name', () => {
    const text = '“Since Huawei is sanctioned, Xiaomi grows.”';
    const names = recognizeMentions(text, [{ start: 0, end: text.length }]).map((m) => m.text);
    expect(names.some((n) => n.startsWith('Since'))).toBe(false);
  });
});

describe('tokenize', () => {
  it('keeps abbreviations, initials and dotted acronyms whole and splits a possessive', () => {
    const text = 'Remain Co. and Michael Shadlen, Ph.D., met Robert M. Danin in the U.S. at Amazon.com; Tesla’s plan.';
    expect(tokenize(text).map((t) => t.text)).toEqual(
      ['Remain', 'Co.', 'and', 'Michael', 'Shadlen', ',', 'Ph.D.', ',', 'met', 'Robert', 'M.', 'Danin', 'in', 'the', 'U.S.', 'at', 'Amazon.com', ';', 'Tesla', '’s', 'plan', '.'],
    );
  });
});

describe('recognizeMentions corrections', () => {
  const recognise = (text: string) => {
    const lines = [...text.matchAll(/[^\n]+/gu)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
    return recognizeMentions(text, lines);
  };

  it('types a name by a telling last word', () => {
    const text = 'The fund is backed by the government of Anhui Province and by ZongMu Technology.';
    const types = Object.fromEntries(recognise(text).map((m) => [m.text, m.type]));
    expect(types['Anhui Province']).toBe('LOC');
    expect(types['ZongMu Technology']).toBe('ORG');
  });

  it('drops capitalised common words of a title-case heading but keeps names known from the prose', () => {
    const text = 'Lagging Behind in Advanced Technology and Innovation at Xiaomi\nXiaomi has fallen behind, analysts in Beijing say.';
    const names = recognise(text).map((m) => m.text);
    expect(names).not.toContain('Lagging Behind');
    expect(names.filter((n) => n === 'Xiaomi')).toHaveLength(2);
  });
});

describe('isLowerCaseWord', () => {
  it('agrees with /^\\p{Ll}+$/u on plain and accented words, capitals, digits and marks', () => {
    const words = ['said', 'the', 'état', 'straße', 'ǆ', 'Said', 'sAid', 'ǅ', 'NASA', 'covid-19', 'don’t', 'x', '', 'ßerlin', 'émile2', '5g', 'a\u00ad'];
    for (const word of words) expect([word, isLowerCaseWord(word)]).toEqual([word, /^\p{Ll}+$/u.test(word)]);
  });
});
