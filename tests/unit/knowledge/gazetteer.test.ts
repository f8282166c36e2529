import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { describeKnown, gazetteerInfo, normalizeName, retypeKnown } from '../../../src/analysis/knowledge';

describe('offline gazetteer', () => {
  it('knows countries by their names, codes in common use and dotted forms', () => {
    for (const name of ['United States', 'U.S.', 'US', 'USA', 'United States of America', 'the United States', 'America']) {
      const known = describeKnown(name);
      expect(known?.name, name).toBe('United States');
      expect(known?.type).toBe('LOC');
    }
    expect(describeKnown('China')?.description).toMatch(/Country in Eastern Asia; capital Beijing/);
    expect(describeKnown('U.K.')?.name).toBe('United Kingdom');
    expect(describeKnown('China')?.source).toMatch(/world-countries .*ODbL-1\.0/);
  });

  it('knows capitals, continents, demonyms, organizations, companies and media', () => {
    expect(describeKnown('Beijing')).toMatchObject({ type: 'LOC', description: expect.stringMatching(/Capital of China/) });
    expect(describeKnown('Asia')).toMatchObject({ type: 'LOC', description: 'Continent', source: expect.stringMatching(/countries-list.*MIT/) });
    expect(describeKnown('Chinese')).toMatchObject({ type: 'MISC', description: 'Of or from China' });
    expect(describeKnown('UN')).toMatchObject({ name: 'United Nations', type: 'ORG' });
    expect(describeKnown('U.N.')?.name).toBe('United Nations');
    expect(describeKnown('CCP')?.name).toBe('Chinese Communist Party');
    expect(describeKnown('Xiaomi')?.description).toMatch(/Chinese consumer electronics company/);
    expect(describeKnown('Huawei')?.type).toBe('ORG');
    expect(describeKnown('The New York Times')?.name).toBe('The New York Times');
    expect(describeKnown('New York Times')?.name).toBe('The New York Times');
    expect(describeKnown("Xiaomi’s")?.name).toBe('Xiaomi');
  });

  it('tries a name without a generic trailing word', () => {
    expect(describeKnown('Hefei City')?.name).toBe('Hefei');
    expect(describeKnown('Anhui Province')?.name).toBe('Anhui');
  });

  it('answers by type when asked, and not at all for unknown names', () => {
    expect(describeKnown('Xiaomi', 'ORG')?.name).toBe('Xiaomi');
    expect(describeKnown('Xiaomi', 'PER')).toBeUndefined();
    expect(describeKnown('Li Yanming')).toBeUndefined();
    expect(describeKnown('')).toBeUndefined();
    expect(describeKnown('x'.repeat(500))).toBeUndefined();
  });

  it('retypes entities it is sure of, and leaves ambiguous names alone', () => {
    const entities = [
      { name: 'Tesla', type: 'LOC' as const },
      { name: 'Huawei', type: 'MISC' as const },
      { name: 'China', type: 'ORG' as const },
      { name: 'Jordan', type: 'PER' as const },
      { name: 'Georgia', type: 'PER' as const },
      { name: 'Chinese', type: 'ORG' as const },
      { name: 'Li Yanming', type: 'PER' as const },
      { name: 'Xiaomi', type: 'ORG' as const },
    ];
    const out = retypeKnown(entities);
    expect(out.map((e) => e.type)).toEqual(['ORG', 'ORG', 'LOC', 'PER', 'PER', 'ORG', 'PER', 'ORG']);
    expect(out[7]).toBe(entities[7]);
    expect(entities[0]!.type).toBe('LOC');
  });

  it('answers without a type only for a name whose entries all have one type', () => {
    expect(describeKnown('Niger')?.name).toBe('Niger');
    expect(describeKnown('Washington D.C.')?.name).toBe('Washington D.C.');
    expect(describeKnown('Atlantic')).toBeUndefined();
    expect(describeKnown('Atlantic', 'LOC')?.name).toBe('Atlantic Ocean');
    expect(describeKnown('Vatican')).toBeUndefined();
  });

  it('normalises names', () => {
    expect(normalizeName('  The  U.S.’s ')).toBe('us');
    expect(normalizeName('Xiaomi')).toBe('xiaomi');
    // Asked again (answers are kept): the same key.
    expect(normalizeName('  The  U.S.’s ')).toBe('us');
    expect(normalizeName('The Atlantic’s')).toBe('atlantic');
  });

  it('is small, sourced and licensed', () => {
    const info = gazetteerInfo();
    expect(info.entries).toBeGreaterThan(500);
    expect(info.sources.map((s) => s.license)).toEqual(['ODbL-1.0', 'MIT', 'MIT', 'CC-BY-4.0']);
    const file = readFileSync('src/analysis/knowledge/gazetteer-data.ts');
    expect(gzipSync(file).length).toBeLessThan(500 * 1024);
  });
});
