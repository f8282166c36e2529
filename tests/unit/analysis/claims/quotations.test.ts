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

  it('chains a quotation over lines that go on to close it without reopening it (one sentence per line)', () => {
    const text = 'Maaloul said, "We were playing against a skilled team.\nIf we were to get a draw it would have been excellent.\nBut hopefully this will help."\nThe author goes on.';
    const found = quoted(text);
    expect(found.map((q) => q.text)).toEqual(['"We were playing against a skilled team.', 'If we were to get a draw it would have been excellent.', 'But hopefully this will help."']);
    expect(new Set(found.map((q) => q.chain)).size).toBe(1);
  });

  it('does not run a quotation over two unmarked lines to a later closing mark', () => {
    const text = '"It never ends for the families\nThe author writes this.\nAnd this.\nThat was all."';
    expect(quoted(text)[0]).toMatchObject({ text: '"It never ends for the families' });
    expect(quoted(text).some((q) => q.text.startsWith('The author'))).toBe(false);
  });

  it('ends an unclosed quotation at a paragraph that does not continue it', () => {
    const text = '“It never ends for the families\nThe next paragraph is the author’s.';
    expect(quoted(text)).toEqual([{ text: '“It never ends for the families', chain: 0, scare: false }]);
  });

  it('finds a single-quoted quotation of several sentences (British style), curly or straight', () => {
    expect(quoted('In the letter, the union wrote: ‘Our members have waited three years. The minister has not answered. We will not wait.’')).toEqual([
      { text: '‘Our members have waited three years. The minister has not answered. We will not wait.’', chain: 0, scare: false },
    ]);
    expect(quoted("'Hey Frank, my name is John,' I say, and they laugh.").map((q) => q.text)).toEqual(["'Hey Frank, my name is John,'"]);
  });

  it('reads apostrophes, a plural possessive and an unclosed single mark as no quotation', () => {
    expect(quoted('It’s the members’ union, and the ’90s are over, rock ’n’ roll.').filter((q) => !q.scare)).toEqual([]);
    expect(quoted('‘We back the workers’ claim in full,’ she said.').map((q) => q.text)).toEqual(['‘We back the workers’ claim in full,’']);
    expect(quoted('‘Tis the season for the council’s budget, which the mayor called sound.')).toEqual([]);
  });
});
