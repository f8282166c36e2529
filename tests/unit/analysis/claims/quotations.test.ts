import { describe, expect, it } from 'vitest';
import { findQuotations } from '../../../../src/analysis/claims/quotations';

const quoted = (text: string) => findQuotations(text).map((q) => ({ text: text.slice(q.start, q.end), chain: q.chain, scare: q.scare }));

describe('findQuotations', () => {
  it('finds curly and straight quotations', () => {
    expect(quoted('“Xiaomi is an alternative to Huawei,” China expert Li Yanming told The Epoch Times.')).toEqual([
      { text: '“Xiaomi is an alternative to Huawei,”', chain: 0, scare: false },
    ]);
    expect(quoted('"And because it was purely subjective, in principle it ought to be unverifiable."')[0]).toMatchObject({ scare: false });
  });

  it('marks scare quotes around a name or term', () => {
    expect(quoted('Musk’s SpaceX “Starlink” and the CCP’s “Belt and Road” initiative')).toEqual([
      { text: '“Starlink”', chain: 0, scare: true },
      { text: '“Belt and Road”', chain: 1, scare: true },
    ]);
  });

  it('chains a quotation over a paragraph that reopens it', () => {
    const text = '“As Eloise deteriorated, the staff did all they could.\n“She was literally burning up from within.”';
    const found = quoted(text);
    expect(found).toHaveLength(2);
    expect(found[0]!.chain).toBe(found[1]!.chain);
  });

  it('ends an unclosed quotation at a paragraph that does not continue it', () => {
    const text = '“It never ends for the families\nThe next paragraph is the author’s.';
    expect(quoted(text)).toEqual([{ text: '“It never ends for the families', chain: 0, scare: false }]);
  });
});
