import { describe, expect, it } from 'vitest';
import type { Mention } from '../../../../src/analysis/entities/types';
import { withNameParticles } from '../../../../src/analysis/languages/name-particles';

const lists = { firstNames: new Set(['Ursula', 'Karl', 'Theodor', 'Edwin', 'Peter', 'Thomas']), particles: ['von der', 'van der', 'von'], prepositionParticles: ['zu'] };

/** Mentions as [text, type] after joining, for a text whose tagger found `tagged`. */
function names(text: string, tagged: Array<[string, Mention['type']]> = []): Array<[string, string]> {
  const mentions = tagged.map(([name, type]) => ({ start: text.indexOf(name), end: text.indexOf(name) + name.length, text: name, type }));
  return withNameParticles(text, mentions, lists).map((m) => [m.text, m.type]);
}

describe('names over particles', () => {
  it('joins a first name, a particle and the family name the tagger left alone or took for a place', () => {
    expect(names('Ursula von der Leyen sagte das.', [['Ursula', 'PER']])).toEqual([['Ursula von der Leyen', 'PER']]);
    expect(names('Dann kam Karl-Theodor zu Guttenberg.', [['Guttenberg', 'LOC']])).toEqual([['Karl-Theodor zu Guttenberg', 'PER']]);
    expect(names('Torwart Edwin van der Sar hielt.', [['Edwin van', 'PER']])).toEqual([['Edwin van der Sar', 'PER']]);
  });

  it('leaves where a person works, a preposition before a common noun and a surname before one', () => {
    expect(names('Ursula von der CDU kam.', [['Ursula', 'PER'], ['CDU', 'ORG']])).toEqual([['Ursula', 'PER'], ['CDU', 'ORG']]);
    expect(names('Peter zu Hause.', [['Peter', 'PER']])).toEqual([['Peter', 'PER']]);
    expect(names('Thomas Müller von der Polizei.', [['Thomas Müller', 'PER']])).toEqual([['Thomas Müller', 'PER']]);
  });
});
