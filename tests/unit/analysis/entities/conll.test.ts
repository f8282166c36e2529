import { describe, expect, it } from 'vitest';
import { tagConll } from '../../../../src/analysis/entities/conll';
import { parseConll } from '../../../../src/analysis/entities/conll-format';
import { layOutTokenLines } from '../../../../scripts/lib/token-lines';
import { spansFromTags, tagsFromSpans } from '../../../../src/analysis/entities/tags';

const INPUT = [
  '-DOCSTART- -X- O O',
  '',
  'EU B-ORG',
  'rejects O',
  'German B-MISC',
  'call O',
  'to O',
  'boycott O',
  'British B-MISC',
  'lamb O',
  '. O',
  '',
  'Peter B-PER',
  'Blackburn I-PER',
  '',
  'BRUSSELS B-LOC',
  '1996-08-22 O',
  '',
].join('\n');

describe('CoNLL mode', () => {
  it('keeps every line and appends one valid IOB2 tag to each token line', () => {
    const output = tagConll(INPUT).split('\n');
    const input = INPUT.split('\n');
    expect(output).toHaveLength(input.length);
    let previous = 'O';
    output.forEach((line, i) => {
      if (input[i] === '' || input[i]!.startsWith('-DOCSTART-')) {
        expect(line).toBe(input[i]);
        previous = 'O';
        return;
      }
      expect(line.startsWith(`${input[i]} `)).toBe(true);
      const tag = line.slice(input[i]!.length + 1);
      expect(tag).toMatch(/^(?:O|[BI]-(?:PER|ORG|LOC|MISC))$/);
      if (tag.startsWith('I-')) expect(previous.slice(2)).toBe(tag.slice(2));
      previous = tag;
    });
  });

  it('tags a clear sentence as the gold does', () => {
    const output = tagConll('Peter\nBlackburn\nvisited\nBrussels\n.\n');
    expect(output.split('\n').map((l) => l.split(' ')[1])).toEqual(['B-PER', 'I-PER', 'O', 'B-LOC', 'O', undefined]);
  });

  it('reads gold tags and documents, splitting at -DOCSTART-', () => {
    const documents = parseConll(`${INPUT}\n-DOCSTART- -X- O O\n\nParis B-LOC\n`);
    expect(documents).toHaveLength(2);
    expect(documents[0]!.map((s) => s.words.length)).toEqual([9, 2, 2]);
    expect(documents[0]![1]!.gold).toEqual(['B-PER', 'I-PER']);
  });

  it('keeps a Universal NER sentence as written and lays it out so, each token at its place', () => {
    const input = '# newdoc id = n1\n# sent_id = 1\n# text = Joseph Gordon-Levitt didn\'t sing.\n' +
      ['Joseph\tB-PER', 'Gordon\tI-PER', '-\tI-PER', 'Levitt\tI-PER', 'did\tO', "n't\tO", 'sing\tO', '.\tO'].map((l, i) => `${i + 1}\t${l}\t-\t-`).join('\n') +
      '\n\n# text = No text here\n1\tNo\tO\t-\t-\n2\tmatch\tO\t-\t-\n';
    const [sentence, other] = parseConll(input).flat();
    expect(sentence!.text).toBe("Joseph Gordon-Levitt didn't sing.");
    const laid = layOutTokenLines([sentence!.words, other!.words], [sentence!.text, other!.text]);
    // The second sentence's tokens do not spell its text, so they are joined by spaces.
    expect(laid.text).toBe("Joseph Gordon-Levitt didn't sing.\nNo match\n");
    expect(laid.tokenStarts[0]).toEqual([0, 7, 13, 14, 21, 24, 28, 32]);
    expect(laid.tokenStarts[1]).toEqual([34, 37]);
  });

  it('reads IOB1 chunks as conlleval does and writes them back as IOB2', () => {
    const iob1 = ['I-PER', 'I-PER', 'O', 'I-LOC', 'B-LOC', 'I-ORG', 'I-MISC'];
    const spans = spansFromTags(iob1);
    expect(spans).toEqual([
      { start: 0, end: 2, type: 'PER' },
      { start: 3, end: 4, type: 'LOC' },
      { start: 4, end: 5, type: 'LOC' },
      { start: 5, end: 6, type: 'ORG' },
      { start: 6, end: 7, type: 'MISC' },
    ]);
    expect(tagsFromSpans(spans, iob1.length)).toEqual(['B-PER', 'I-PER', 'O', 'B-LOC', 'B-LOC', 'B-ORG', 'B-MISC']);
  });
});
