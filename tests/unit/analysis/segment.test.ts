import { describe, expect, it } from 'vitest';
import { segmentSentences } from '../../../src/analysis/segment';
import { splitWords } from '../../../src/analysis/claims/words';

const sentences = (text: string) => segmentSentences(text).map((s) => text.slice(s.start, s.end));
const words = (text: string) => splitWords(text, { start: 0, end: text.length }, () => false).map((w) => w.text);

describe('segmentSentences', () => {
  it('keeps month abbreviations before a day: "Oct. 1", "Sept. 23"', () => {
    expect(sentences('Tesla’s Optimus robot was released on Oct. 1, but is incomparable. Musk said so.')).toEqual([
      'Tesla’s Optimus robot was released on Oct. 1, but is incomparable.',
      'Musk said so.',
    ]);
    expect(sentences('The briefing was published by China’s Leadleo Research on Sept. 23. It was long.')).toEqual([
      'The briefing was published by China’s Leadleo Research on Sept. 23.',
      'It was long.',
    ]);
  });

  it('keeps "U.S." inside a sentence and ends one after it before a sentence starter', () => {
    expect(sentences('Chinese tech companies are catching up with U.S. big tech companies. They lag.')).toHaveLength(2);
    expect(sentences('He moved to the U.S. The move was hard.')).toEqual(['He moved to the U.S.', 'The move was hard.']);
  });

  it('keeps "No. 3", "Mr.", "Jan." and "Inc." inside sentences', () => {
    expect(sentences('However, the information about the company’s No. 3 person, Deng Zongquan, was removed. He left.')).toHaveLength(2);
    expect(sentences('Mr. Netanyahu met Dr. Shadlen in Jan. 2016 at Apple Inc. headquarters. They talked.')).toHaveLength(2);
  });

  it('keeps a Commonwealth honorific ("the Rt. Hon. Keith Mitchell", "the Rt. Rev.") inside its sentence', () => {
    expect(sentences('The Prime Minister, Dr the Rt. Hon. Keith Mitchell, has voiced his support. It grew.')).toHaveLength(2);
    expect(sentences('The Rt. Rev. John Smith preached. It rained.')).toHaveLength(2);
  });

  it('keeps a name\'s closing abbreviation with its short form in brackets ("Showa Denko K.K. (SDK) is", "Acme Corp. (ACME) said")', () => {
    expect(sentences('Japanese company Showa Denko K.K. (SDK) is the largest maker of platters. It grew.')).toHaveLength(2);
    expect(sentences('Acme Corp. (ACME) said profits rose.')).toHaveLength(1);
    // A bracket that opens a sentence of its own still follows a boundary.
    expect(sentences('Output fell at Acme Corp. (Shares fell 5 percent.)')).toHaveLength(2);
  });

  it('splits at a full stop with a missing space before a capital ("future.Musk", "Xiaomi.As")', () => {
    expect(sentences('It will shape the future.Musk said so.')).toEqual(['It will shape the future.', 'Musk said so.']);
    expect(sentences('Sales fell at Xiaomi.As a result, prices rose.')).toEqual(['Sales fell at Xiaomi.', 'As a result, prices rose.']);
  });

  it('keeps "Oct.1" whole, as one sentence and one token', () => {
    const text = 'Musk said at the Tesla AI Day on Oct.1 that Optimus is expected to cost less than $20,000.';
    expect(sentences(text)).toEqual([text]);
    expect(words('on Oct.1 that')).toEqual(['on', 'Oct.1', 'that']);
    expect(words('the future.Musk said')).toEqual(['the', 'future', '.', 'Musk', 'said']);
  });

  it('ends quotations after `.”`, `."` and `?”`', () => {
    expect(sentences('“On the surface, it looks as though Xiaomi is competing with Huawei.” Chinese companies lag.')).toEqual([
      '“On the surface, it looks as though Xiaomi is competing with Huawei.”',
      'Chinese companies lag.',
    ]);
    expect(sentences('"It ought to be unverifiable." However, the model matched.')).toHaveLength(2);
    expect(sentences('“When will we talk about it?” he asked. Nobody answered.')).toEqual(['“When will we talk about it?” he asked.', 'Nobody answered.']);
  });

  it('treats line breaks as block boundaries: headings and list items stand alone', () => {
    expect(sentences('Lagging Behind in Advanced Technology and Innovation\nChinese tech companies are having a hard time.')).toEqual([
      'Lagging Behind in Advanced Technology and Innovation',
      'Chinese tech companies are having a hard time.',
    ]);
    expect(sentences('The overall rankings were as follows:\n1. Finland\n2. Norway')).toEqual(['The overall rankings were as follows:', '1. Finland', '2. Norway']);
  });

  it('handles ellipses, dashes and parentheses', () => {
    expect(sentences('He paused... Then he spoke.')).toEqual(['He paused...', 'Then he spoke.']);
    expect(sentences('The U.S. has long been heralded as a land of opportunity -- a place where anyone can succeed.')).toHaveLength(1);
    expect(sentences('Eloise Parry was taken to hospital. (She died later.) Police said so.')).toEqual([
      'Eloise Parry was taken to hospital.',
      '(She died later.)',
      'Police said so.',
    ]);
  });

  it('keeps initials with their name ("Robert M. Danin", "George H.W. Bush")', () => {
    expect(sentences('Robert M. Danin spoke. George H.W. Bush was there.')).toEqual(['Robert M. Danin spoke.', 'George H.W. Bush was there.']);
  });

  it('does not cross a block edge given by the page', () => {
    const text = 'A heading A paragraph follows.';
    const spans = segmentSentences(text, { blocks: [{ start: 0, end: 9 }, { start: 10, end: text.length }] });
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['A heading', 'A paragraph follows.']);
  });
});
