import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../src/analysis';

function typeOf(text: string, name: string): string | undefined {
  return analyze(text).entities.find((e) => e.name === name)?.type;
}

/**
 * A US town named alone, with no place cue anywhere in the article, which the tagger reads as a company's
 * (issue 16): a place, unless something in the article says organisation.
 */
describe('a bare US town is a place', () => {
  it.each([
    ['Tacoma has lost 3,000 jobs since March, officials said.', 'Tacoma'],
    ['Boise is growing. Tacoma has lost jobs.', 'Tacoma'],
    ['Greenville has grown fast, and home prices there have doubled since 2015.', 'Greenville'],
    ['Budget figures show Evansville now spends more on policing than on parks.', 'Evansville'],
    ['Rents rose 12 percent last year, and Spartanburg has added more jobs than any county seat nearby.', 'Spartanburg'],
  ])('%s → %s is LOC', (text, name) => {
    expect(typeOf(text, name)).toBe('LOC');
  });

  it('leaves an organisation named after a town to its head word', () => {
    expect(typeOf('Asheville Savings Bank reported higher earnings on Tuesday.', 'Asheville Savings Bank')).toBe('ORG');
    expect(typeOf('The Asheville City Council voted 5-2 on Tuesday to raise the hotel tax.', 'Asheville City Council')).toBe('ORG');
  });

  it('leaves a team in a results table or a fixture an organisation', () => {
    const results = 'Cincinnati 18 Colorado 7\nAtlanta 5 Florida 3';
    expect(typeOf(results, 'Cincinnati')).not.toBe('LOC');
  });
});
