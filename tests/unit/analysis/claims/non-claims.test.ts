import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../src/analysis';

/** The analysis of `text` with every line marked as the given block kind. */
function withBlocks(text: string, kind: 'heading' | 'paragraph') {
  let start = 0;
  const blocks = text.split('\n').map((line) => {
    const block = { start, end: start + line.length, kind };
    start += line.length + 1;
    return block;
  });
  return analyze(text, { blocks });
}

describe('headings from the page', () => {
  it('a short title is a heading, not a claim', () => {
    const [sentence] = withBlocks('The birth lottery and economic mobility', 'heading').sentences;
    expect(sentence).toMatchObject({ label: null, nonClaim: 'heading' });
  });

  it('a long, punctuated sentence set as a heading is still prose', () => {
    const [sentence] = withBlocks('The U.S. has long been heralded as a land of opportunity where anyone can succeed regardless of the class they were born into.', 'heading').sentences;
    expect(sentence?.label).toBe('vague');
  });
});

describe('staff credits of a wire story', () => {
  it('a line of "Additional reporting by …; Editing by …" is a byline, not a claim', () => {
    const analysis = withBlocks('The council approved the new budget on Monday by a vote of seven to two.\nAdditional reporting by Ana Ruiz in Lima; Editing by Tom Hale, Mia Lund and Paul Grant-Owens', 'paragraph');
    expect(analysis.sentences[1]).toMatchObject({ label: null, nonClaim: 'byline' });
    expect(analysis.sentences[0]?.nonClaim).toBeUndefined();
  });
});

describe('paragraphs without a final full stop', () => {
  it('a short one is a picture caption, whatever its first sentence says', () => {
    const analysis = withBlocks('Protesters gather outside the court on Tuesday. Police officers watch from the steps', 'paragraph');
    expect(analysis.sentences.map((s) => s.nonClaim)).toEqual(['caption', 'caption']);
  });

  it('a long one is prose cut short, and its sentences are claims', () => {
    const prose = [
      'The council approved a new flood barrier on Tuesday.',
      '“This barrier protects eleven thousand homes,” Mayor Alicia Moreno told reporters after the vote.',
      'The project will cost 48 million dollars, according to a report by Harbor Engineering.',
      'Critics say the plan ignores the wetlands downstream.',
      'Construction is expected to begin in June and to last about three',
    ].join(' ');
    const labels = withBlocks(prose, 'paragraph').sentences.map((s) => s.label);
    expect(labels.slice(1, 4)).toEqual(['sourced', 'sourced', 'vague']);
  });

  it('a line longer than a heading that reports someone ("X said …") is prose left unpunctuated, and names who "he" is next', () => {
    const text = [
      'Joaquin Phoenix won best actor for his role in “Joker” and used his speech to call for action on climate change.',
      '“Parasite” director Bong Joon Ho said backstage that no-one could predict what might happen at the Oscars on Feb. 9',
      'Speaking through an interpreter he added; “It is true that we did not expect this at all.”',
    ].join('\n');
    const [, bong, added] = withBlocks(text, 'paragraph').sentences;
    expect(bong).toMatchObject({ label: 'sourced', source: { text: 'Bong Joon Ho' } });
    expect(added).toMatchObject({ label: 'sourced', source: { text: 'Bong Joon Ho' } });
    // A caption as long that reports no one stays a caption.
    const caption = withBlocks('“Parasite” director Bong Joon Ho poses backstage with the awards for best director and best picture at the Oscars on Feb. 9', 'paragraph');
    expect(caption.sentences[0]).toMatchObject({ label: null, nonClaim: 'caption' });
  });
});

describe('lines in capitals', () => {
  const kinds = (text: string) => withBlocks(text, 'paragraph').sentences.map((s) => s.nonClaim ?? s.label);

  it('a line shouted in capitals, accented or not, is boilerplate; one lower-case letter, plain or accented, makes it prose', () => {
    expect(kinds('The council approved the new budget on Monday.\nALL HANDS ON DECK FOR THE BIG SALE TODAY!')).toEqual(['unsourced', 'boilerplate']);
    expect(kinds('The council approved the new budget on Monday.\nÉTÉ CHAUD À PARIS: L’ÉNERGIE DES RUES!')).toEqual(['unsourced', 'boilerplate']);
    expect(kinds('The council approved the new budget on Monday.\nALL HANDS ON DECK FOR THE BIG SALe TODAY!')).not.toContain('boilerplate');
    expect(kinds('The council approved the new budget on Monday.\nÉTÉ CHAUD À PARIS: L’ÉNERGIE DES RUé!')).not.toContain('boilerplate');
  });
});

describe('wire datelines', () => {
  it('a dateline cut off at its state abbreviation is not a claim; a capitalised subject opening a sentence is', () => {
    // abc7news.com (trafilatura-eval) and CoNLL-2003 (Reuters, 1996): "NAPA COUNTY, Calif." was labelled unsourced.
    const text = 'Resort plan advances\n\nNAPA COUNTY, Calif. (KGO) -- A plan to bring a resort to the Bay Area is one step closer.\n\nNATO said the talks had failed.';
    const sentences = analyze(text).sentences;
    expect(sentences.find((s) => s.text.startsWith('NAPA'))).toMatchObject({ label: null, nonClaim: 'dateline' });
    expect(sentences.find((s) => s.text.startsWith('(KGO)'))?.label).toBe('unsourced');
    expect(sentences.find((s) => s.text.startsWith('NATO'))?.label).toBe('sourced');
  });
});
