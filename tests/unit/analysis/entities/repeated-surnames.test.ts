import { describe, expect, it } from 'vitest';
import { withRepeatedSurnames } from '../../../../src/analysis/entities/repeated-surnames';
import type { Mention } from '../../../../src/analysis/entities/types';

function mention(text: string, name: string, type: Mention['type'], from = 0): Mention {
  const start = text.indexOf(name, from);
  return { start, end: start + name.length, text: name, type };
}

describe('withRepeatedSurnames', () => {
  it('finds a full name’s surname written alone where the tagger saw nothing', () => {
    const text = '“It is not safe,” said Patrick McHugh, a vice president.\nMcHugh said.\nThe agency praised McHugh’s work.';
    const found = withRepeatedSurnames(text, [mention(text, 'Patrick McHugh', 'PER')]);
    expect(found.map((m) => `${m.type} ${m.text} ${m.start}`)).toEqual([
      `PER Patrick McHugh ${text.indexOf('Patrick')}`,
      `PER McHugh ${text.indexOf('McHugh said')}`,
      `PER McHugh ${text.indexOf('McHugh’s')}`,
    ]);
  });

  it('leaves the word inside other names, after a particle, and surnames of places or organisations alone', () => {
    const text = 'Aravinda de Silva scored.\nMan of the Match: Aravinda de Silva\nSilva Construction won, and Brian Smith left Smith Hall.';
    const mentions = [mention(text, 'Aravinda de Silva', 'PER'), mention(text, 'Brian Smith', 'PER')];
    expect(withRepeatedSurnames(text, mentions).map((m) => m.text)).toEqual(['Aravinda de Silva', 'Brian Smith']);
    const place = 'Jordan Peterson spoke.\nHe visited Jordan later.';
    expect(withRepeatedSurnames(place, [mention(place, 'Jordan Peterson', 'PER'), mention(place, 'Jordan', 'LOC', 20)]).map((m) => `${m.type} ${m.text}`)).toEqual([
      'PER Jordan Peterson',
      'LOC Jordan',
    ]);
  });
});
