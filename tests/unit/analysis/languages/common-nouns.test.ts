import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { withoutCommonNouns } from '../../../../src/analysis/languages/common-nouns';
import type { Mention } from '../../../../src/analysis/entities/types';
import { NameListsFileSchema } from '../../../../src/shared/schema';

const mention = (text: string, type: Mention['type'], start = 0): Mention => ({ start, end: start + text.length, text, type });

describe('common nouns taken for names', () => {
  const nouns = new Set(['Sex', 'Bahn', 'Kohle']);

  it('drops a one-word mention of a common noun, and keeps names of several words', () => {
    const kept = withoutCommonNouns([mention('Sex', 'PER'), mention('Kohle', 'LOC', 10), mention('Evan Tepest', 'PER', 20)], nouns);
    expect(kept.map((m) => m.text)).toEqual(['Evan Tepest']);
  });

  it('keeps the short form of a name the article gives in full ("die Bahn" after "Deutsche Bahn")', () => {
    const kept = withoutCommonNouns([mention('Deutsche Bahn', 'ORG'), mention('Bahn', 'ORG', 40)], nouns);
    expect(kept.map((m) => m.text)).toEqual(['Deutsche Bahn', 'Bahn']);
  });

  it('reads its list from the pack’s names file: words GermEval’s training part writes mostly outside names', () => {
    const file = NameListsFileSchema.parse(JSON.parse(readFileSync('assets/public/languages/de/names.json', 'utf8')));
    const listed = new Set(file.commonNouns);
    expect(['Regierung', 'Abteilung'].every((w) => listed.has(w))).toBe(true);
    expect(['Berlin', 'Merkel', 'SPD'].some((w) => listed.has(w))).toBe(false);
  });
});
