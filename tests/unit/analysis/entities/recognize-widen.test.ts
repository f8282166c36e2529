import { describe, expect, it } from 'vitest';
import { recognizeMentions } from '../../../../src/analysis/entities/recognize';
import { segmentSentences } from '../../../../src/analysis/segment';

const mentions = (text: string) => recognizeMentions(text, segmentSentences(text)).map((m) => `${m.type} ${m.text}`);

describe('mention boundaries the tagger misses', () => {
  it('takes in a capitalised word that says what the name is', () => {
    expect(mentions('The carmaker has invested in related companies such as ZongMu Technology and G-PAL.')).toContain('ORG ZongMu Technology');
  });

  it('takes a title-case phrase in quotation marks as one name, once', () => {
    const found = mentions('Beijing promotes its “Belt and Road” initiative across Africa.');
    expect(found.filter((m) => m.includes('Road'))).toEqual(['MISC Belt and Road']);
  });

  it('leaves quoted ordinary words alone', () => {
    expect(mentions('Critics called the plan “a bad deal” for Ohio.').some((m) => m.includes('deal'))).toBe(false);
  });
});
