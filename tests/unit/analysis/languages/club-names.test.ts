import { describe, expect, it } from 'vitest';
import { withClubNames } from '../../../../src/analysis/languages/club-names';
import { GERMAN_CLUB_PREFIXES } from '../../../../src/analysis/languages/de/organisations';
import { GERMAN_SEGMENTATION } from '../../../../src/analysis/languages/de/segmentation';
import type { Mention } from '../../../../src/analysis/entities/types';
import { segmentSentences } from '../../../../src/analysis/segment';

const lists = { prefixes: new Set(GERMAN_CLUB_PREFIXES), places: new Set(['Bochum', 'Dortmund', 'Köln', 'Bremen']) };

/** Mentions as [text, type], for a text whose tagger found `tagged` (each the first occurrence of its text). */
function names(text: string, tagged: Array<[string, Mention['type']]> = []): Array<[string, string]> {
  const mentions = tagged.map(([name, type]) => ({ start: text.indexOf(name), end: text.indexOf(name) + name.length, text: name, type }));
  return withClubNames(text, segmentSentences(text, { segmentation: GERMAN_SEGMENTATION }), mentions, lists).map((m) => [m.text, m.type]);
}

describe('German sports clubs', () => {
  it('takes a club’s prefix and its town, listed or tagged, for one organisation', () => {
    expect(names('Auf Grund dieser Verletzung verpasste er das Derby gegen den VfL Bochum.', [['Bochum', 'LOC']])).toEqual([['VfL Bochum', 'ORG']]);
    expect(names('Borussia Dortmund gewann am Samstag.')).toEqual([['Borussia Dortmund', 'ORG']]);
    expect(names('Der 1. FC Köln empfängt heute Werder Bremen.', [['Werder', 'PER']])).toEqual([
      ['1. FC Köln', 'ORG'],
      ['Werder Bremen', 'ORG'],
    ]);
    expect(names('Er spielte für den SV Wehen Wiesbaden.', [['Wehen Wiesbaden', 'LOC']])).toEqual([['SV Wehen Wiesbaden', 'ORG']]);
  });

  it('leaves a prefix before a common noun, alone or inside a word, and a club the tagger found whole', () => {
    expect(names('Die Union Stimmen verlor die Wahl.')).toEqual([]);
    expect(names('Die Union gewann in Bochum.', [['Bochum', 'LOC']])).toEqual([['Bochum', 'LOC']]);
    expect(names('Der U21-FC Bochum-Nord spielt.')).toEqual([]);
    expect(names('Der FC Bayern München gewann.', [['FC Bayern München', 'ORG']])).toEqual([['FC Bayern München', 'ORG']]);
  });
});
