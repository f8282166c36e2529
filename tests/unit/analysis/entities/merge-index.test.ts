import { describe, expect, it } from 'vitest';
import { groupMentions } from '../../../../src/analysis/entities/merge';
import { SequenceHash } from '../../../../src/analysis/entities/sequence-hash';
import type { EntityType } from '../../../../src/shared/schema';
import type { Mention } from '../../../../src/analysis/entities/types';

const hashOf = (elements: readonly string[]) => SequenceHash.ofElements(elements);

describe('sequence hashes for merge lookups', () => {
  const words = ['department', 'of', 'environmental', 'protection', 'inc'];
  const hash = hashOf(words);

  it('hashes a slice, a deletion and a rotation as the sequence they spell', () => {
    expect(hash.slice(2, 4)).toBe(hashOf(['environmental', 'protection']).slice(0, 2));
    expect(hash.without(1)).toBe(hashOf(['department', 'environmental', 'protection', 'inc']).slice(0, 4));
    expect(hash.rotated(2, 1)).toBe(hashOf(['environmental', 'protection', 'inc', 'department']).slice(0, 4));
  });

  it('tells apart sequences that differ in order or in one element', () => {
    expect(hash.slice(0, 2)).not.toBe(hashOf(['of', 'department']).slice(0, 2));
    expect(hash.slice(0, 5)).not.toBe(hashOf([...words.slice(0, 4), 'ltd']).slice(0, 5));
  });
});

/** Invented names, distinct for each index: a crowd for merging to look through. */
function crowd(count: number): [string, EntityType][] {
  const syllables = ['zen', 'tro', 'fax', 'quil', 'mar', 'vel', 'dra', 'kos', 'lin', 'por'];
  const word = (i: number, salt: number) => {
    let n = i * 3 + salt;
    let w = '';
    do {
      w += syllables[n % syllables.length];
      n = Math.floor(n / syllables.length);
    } while (n > 0);
    return w[0]!.toUpperCase() + w.slice(1) + 'a';
  };
  return Array.from({ length: count }, (_, i) => (i % 2 === 0 ? [`${word(i, 1)} ${word(i, 2)}`, 'PER'] : [`${word(i, 1)} Holdings`, 'ORG']));
}

function groupsOf(names: [string, EntityType][]): string[][] {
  let text = '';
  const mentions: Mention[] = names.map(([name, type]) => {
    text += ' said. ';
    const start = text.length;
    text += name;
    return { start, end: text.length, text: name, type };
  });
  return groupMentions(text, mentions).map((g) => g.mentions.map((m) => m.text));
}

describe('merging among thousands of distinct names', () => {
  const many = crowd(3000);

  it('still finds an earlier full name, acronym, typo and shorter form behind the crowd', () => {
    const groups = groupsOf([
      ['Marta Quillby', 'PER'],
      ['Zentrofax Capital Holdings', 'ORG'],
      ['Department of Environmental Protection', 'ORG'],
      ['West Mercia Police', 'ORG'],
      ['Chinese Communist Party', 'ORG'],
      ...many,
      ['Quillby', 'PER'],
      ['Zentrofax', 'ORG'],
      ['Environmental Protection Department', 'ORG'],
      ['West Merica Police', 'ORG'],
      ['CCP', 'ORG'],
      ['Communist Party', 'ORG'],
    ]);
    const withName = (name: string) => groups.find((g) => g.includes(name));
    expect(withName('Quillby')).toEqual(['Marta Quillby', 'Quillby']);
    expect(withName('Zentrofax')).toEqual(['Zentrofax Capital Holdings', 'Zentrofax']);
    expect(withName('Environmental Protection Department')).toEqual(['Department of Environmental Protection', 'Environmental Protection Department']);
    expect(withName('West Merica Police')).toEqual(['West Mercia Police', 'West Merica Police']);
    expect(withName('CCP')).toEqual(['Chinese Communist Party', 'CCP', 'Communist Party']);
    expect(groups).toHaveLength(5 + many.length);
  });

  it('joins a surname to the person named last with it, not to the first', () => {
    const groups = groupsOf([['Georges Claude', 'PER'], ...many, ['Anna Claude', 'PER'], ['Claude', 'PER']]);
    expect(groups.find((g) => g.includes('Claude'))).toEqual(['Anna Claude', 'Claude']);
  });

  it('joins a full name to a surname said first, and a name of thousands of words to its run', () => {
    const long = Array.from({ length: 3000 }, (_, i) => `Ab${i % 7}`).join(' ');
    const groups = groupsOf([['Zuckerberg', 'PER'], ...many, [long, 'MISC'], ['Mark Zuckerberg', 'PER'], ['Ab3 Ab4 Ab5', 'PER']]);
    expect(groups.find((g) => g.includes('Zuckerberg'))).toEqual(['Zuckerberg', 'Mark Zuckerberg']);
    expect(groups.find((g) => g.includes('Ab3 Ab4 Ab5'))).toEqual([long, 'Ab3 Ab4 Ab5']);
  });
});
