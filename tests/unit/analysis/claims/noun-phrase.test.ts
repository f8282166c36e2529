import { describe, expect, it } from 'vitest';
import { buildArticleView } from '../../../../src/analysis/claims/article-view';
import { nameChunks } from '../../../../src/analysis/claims/noun-phrase';
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
