import { describe, expect, it } from 'vitest';
import { checkableDetails, keyWords } from '../../../src/analysis/key-words';
import type { Analysis, Cue, Sentence } from '../../../src/shared/schema';

/** An analysis of one sentence with the cues and mentions given, as the engine would hand it over. */
function oneSentence(text: string, label: Sentence['label'], cues: Array<[Cue['kind'], string]>, mentions: Array<[string, 'PER' | 'ORG' | 'LOC' | 'MISC']> = []): Analysis {
  const at = (word: string) => {
    const start = text.indexOf(word);
    if (start < 0) throw new Error(word);
    return { start, end: start + word.length };
  };
  return {
    version: 1,
    text,
    sentences: [{ start: 0, end: text.length, text, label, subjective: label === 'opinion', cues: cues.map(([kind, word]) => ({ kind, ...at(word) })) }],
    entities: mentions.map(([name, type], i) => ({ id: `e${i}`, name, type, mentions: [{ ...at(name), text: name }] })),
  };
}

describe('key words of a label', () => {
  it('give an unsourced claim its whole numbers, dates and named actors, never a digit cut from a word', () => {
    const analysis = oneSentence('Vodafone switched on 5G masts in 12 towns in March.', 'unsourced', [['fact', '5'], ['fact', '12'], ['fact', 'March']], [['Vodafone', 'ORG']]);
    expect(checkableDetails(analysis, analysis.sentences[0]!).map((k) => `${k.kind}:${k.text}`)).toEqual(['actor:Vodafone', 'fact:12', 'fact:March']);
  });

  it('give nothing to check when there is nothing checkable', () => {
    const analysis = oneSentence('The 5G rollout went on.', 'unsourced', [['fact', '5']]);
    expect(keyWords(analysis, analysis.sentences[0]!)).toEqual([]);
  });

  it('never take a proper name for evaluative wording', () => {
    const analysis = oneSentence('Conditions at HMP Belmarsh remain appalling, and Great Britain should be ashamed.', 'opinion', [
      ['opinion', 'HMP'],
      ['opinion', 'appalling'],
      ['opinion', 'Great'],
      ['opinion', 'ashamed'],
    ], [['Great Britain', 'LOC']]);
    expect(keyWords(analysis, analysis.sentences[0]!).map((k) => k.text)).toEqual(['appalling', 'ashamed']);
  });

  it('keep a capitalised evaluative word that opens the sentence', () => {
    const analysis = oneSentence('Sadly, the plan failed.', 'opinion', [['opinion', 'Sadly']]);
    expect(keyWords(analysis, analysis.sentences[0]!).map((k) => k.text)).toEqual(['Sadly']);
  });

  it('give a vague claim its unnamed source and the words that attribute it', () => {
    const text = 'Experts say the barrier will fail.';
    const analysis = oneSentence(text, 'vague', [['vague-source', 'Experts say']]);
    analysis.sentences[0]!.source = { start: 0, end: 7, text: 'Experts' };
    expect(keyWords(analysis, analysis.sentences[0]!).map((k) => `${k.kind}:${k.text}`)).toEqual(['vague-source:Experts say']);
  });

  it('read each sentence of a longer article against its own mentions and its own start', () => {
    const text = 'Acme Corp cut 40 jobs in May. Great Britain felt it. Awful, said Jo Bloggs of Acme Corp. Jo Bloggs left in June.';
    const at = (word: string, from = 0) => ({ start: text.indexOf(word, from), end: text.indexOf(word, from) + word.length });
    const sentenceAt = (from: number, to: number, label: Sentence['label'], cues: Cue[]): Sentence => ({ start: from, end: to, text: text.slice(from, to), label, subjective: label === 'opinion', cues });
    const ends = [29, 52, 88, text.length];
    const analysis: Analysis = {
      version: 1,
      text,
      sentences: [
        sentenceAt(0, ends[0]!, 'unsourced', [{ kind: 'fact', ...at('40') }, { kind: 'fact', ...at('May') }]),
        sentenceAt(ends[0]! + 1, ends[1]!, 'opinion', [{ kind: 'opinion', ...at('Great') }, { kind: 'opinion', ...at('felt') }]),
        sentenceAt(ends[1]! + 1, ends[2]!, 'opinion', [{ kind: 'opinion', ...at('Awful') }, { kind: 'opinion', ...at('Bloggs') }]),
        sentenceAt(ends[2]! + 1, ends[3]!, 'unsourced', [{ kind: 'fact', ...at('June') }]),
      ],
      // Entities in no particular order, as the engine lists them by first mention of each.
      entities: [
        { id: 'p', name: 'Jo Bloggs', type: 'PER', mentions: [{ ...at('Jo Bloggs'), text: 'Jo Bloggs' }, { ...at('Jo Bloggs', 70), text: 'Jo Bloggs' }] },
        { id: 'l', name: 'Great Britain', type: 'LOC', mentions: [{ ...at('Great Britain'), text: 'Great Britain' }] },
        { id: 'o', name: 'Acme Corp', type: 'ORG', mentions: [{ ...at('Acme Corp'), text: 'Acme Corp' }, { ...at('Acme Corp', 5), text: 'Acme Corp' }] },
      ],
    };
    const shown = (i: number) => keyWords(analysis, analysis.sentences[i]!).map((k) => `${k.kind}:${k.text}`);
    expect(shown(0)).toEqual(['actor:Acme Corp', 'fact:40', 'fact:May']);
    expect(shown(1)).toEqual(['opinion:felt']);
    expect(shown(2)).toEqual(['opinion:Awful']);
    expect(shown(3)).toEqual(['actor:Jo Bloggs', 'fact:June']);
  });
});
