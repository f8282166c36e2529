import { describe, expect, it } from 'vitest';
import { buildArticleView } from '../../../../src/analysis/claims/article-view';
import { describeSource, nameChunks } from '../../../../src/analysis/claims/noun-phrase';
import { segmentSentences } from '../../../../src/analysis/segment';

/** The name chunks of the text's first sentence, as text. */
function chunks(text: string): string[] {
  const article = buildArticleView(text, segmentSentences(text, { blocks: [] }), { mentions: [], links: [], blocks: [] }, []);
  const sentence = article.sentences[0]!;
  return nameChunks(sentence, { from: 0, to: sentence.words.length }).map((c) => text.slice(sentence.words[c.from]!.start, sentence.words[c.to - 1]!.end));
}

describe('nameChunks', () => {
  it('takes no participle that is capitalised only because it opens the sentence', () => {
    expect(chunks('Speaking to reporters, Kim Lee said the cast deserved it.')).toEqual(['Kim Lee']);
    expect(chunks('— Speaking plainly, Kim Lee said the cast failed.')).toEqual(['Kim Lee']);
  });

  it('keeps a capitalised word ending in -ing inside the sentence, and names at its start', () => {
    expect(chunks('The firm hired Tom Ewing last year.')).toEqual(['Tom Ewing']);
    expect(chunks('Askar has released code he said was his.')).toEqual(['Askar']);
  });
});

describe('describeSource', () => {
  /** The source described by the words before `verb` in the text's first sentence. */
  function subject(text: string, verb: string): string | undefined {
    const article = buildArticleView(text, segmentSentences(text, { blocks: [] }), { mentions: [], links: [], blocks: [] }, []);
    const sentence = article.sentences[0]!;
    return describeSource(article, sentence, { from: 0, to: sentence.words.findIndex((w) => w.lower === verb) })?.text;
  }

  it('leaves a time written in lower case out of the subject, and keeps names that end in a time word', () => {
    expect(subject('The union this week said the strike would go on.', 'said')).toBe('The union');
    expect(subject('The ministry earlier today said the strike was illegal.', 'said')).toBe('The ministry');
    expect(subject('The ministry on Monday said the strike was illegal.', 'said')).toBe('The ministry');
    expect(subject('USA Today reported that the plant would close.', 'reported')).not.toBe('USA');
    expect(subject('The Times This Week said the plant would close.', 'said')).not.toBe('The Times');
  });
});
