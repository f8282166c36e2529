import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../src/analysis';
import type { Sentence } from '../../../../src/shared/schema';

const HEADLINE = 'Council weighs the budget plan\n\n';

/** The analysed sentence of `text` (after a headline) that starts with `opening`. */
function sentence(text: string, opening: string): Sentence {
  const found = analyze(HEADLINE + text).sentences.find((s) => s.text.startsWith(opening));
  if (!found) throw new Error(`no sentence starts with ${opening}`);
  return found;
}

describe('shown sources are noun phrases that can speak', () => {
  it('shows a name, a group with its complement, a count of a group and a body', () => {
    expect(sentence('Dr. Jane Smith, a surgeon, said the ward was full.', 'Dr.').source?.text).toBe('Dr. Jane Smith');
    expect(sentence('Officials familiar with the matter said the deal was close.', 'Officials').source?.text).toBe('Officials familiar with the matter');
    expect(sentence('A large body of research suggests that sleep matters.', 'A large').source?.text).toBe('A large body of research');
    expect(sentence('The county said roads would reopen on Friday.', 'The county').source?.text).toBe('The county');
  });

  it('shows a person named by occupation, rank or standing, not only by a listed role or an agent ending', () => {
    // CoNLL-2003 (Reuters, 1996): these showed no source text.
    expect(sentence('The pilot said several hijackers appeared to be placed around the plane.', 'The pilot').source?.text).toBe('The pilot');
    const text = 'In an affidavit, the princess said that in chasing her Stenning had got so close that he twice smashed into her car.';
    expect(sentence(text, 'In an').source?.text).toBe('the princess');
  });

  it('shows a name and the plural of people it modifies as one phrase; a people or "sources" names no one', () => {
    // CoNLL-2003 (Reuters, 1996): these showed only the name ("Microsoft", "Russian", "Portland").
    const executives = sentence('Microsoft executives say they are thrilled with the sales figures.', 'Microsoft');
    expect([executives.label, executives.source?.text]).toEqual(['sourced', 'Microsoft executives']);
    const soldiers = sentence('Rebel fighters and Russian soldiers said a ceasefire was being generally observed.', 'Rebel');
    expect([soldiers.label, soldiers.source?.text]).toEqual(['vague', 'Russian soldiers']);
    const sources = sentence('Portland sources said feed mixer demand was keeping pace with production.', 'Portland');
    expect([sources.label, sources.source?.text]).toEqual(['vague', 'Portland sources']);
  });

  it('trims an adverb the subject search swept in after the noun phrase', () => {
    expect(sentence('The company itself said the figures were wrong.', 'The company').source?.text).toBe('The company');
  });

  it('shows no source text for a fragment headed by an ordinary noun, and shows the near miss headed by people', () => {
    const fragment = sentence('The many retellings say little about the women who wrote the code.', 'The many');
    expect(fragment.label).toBe('sourced');
    expect(fragment.source).toBeUndefined();
    expect(sentence('The many historians say little about the women who wrote the code.', 'The many').source?.text).toBe('The many historians');
  });

  it('shows no source text for a bare count, and shows the count with the group it counts', () => {
    const count = sentence('Residents were divided. Only one of the officials said the plan would work.', 'Only one');
    expect(count.label).toBe('vague');
    expect(count.source).toBeUndefined();
    expect(sentence('Residents were divided. Many of us said the plan would work.', 'Many of us').source?.text).toBe('Many of us');
  });
});

describe('shown sources read the engine\'s one token stream', () => {
  it('reads a word with a soft hyphen (as pages hyphenate) as the word it is', () => {
    const text = 'Residents were divided.\n\nThe commit\u00ADtee said the plan would work.';
    expect(sentence(text, 'The commit').source?.text).toBe('The commit\u00ADtee');
  });

  it('still shows no source text for an ordinary noun with a soft hyphen', () => {
    const text = 'Residents were divided.\n\nThe re\u00ADtellings say little about the women who wrote the code.';
    expect(sentence(text, 'The re').source).toBeUndefined();
  });
});
