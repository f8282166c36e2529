import { beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../../../src/analysis/analyze';
import { loadLanguagePack } from '../../../../src/analysis/languages';
import { withInstitutionPlaces } from '../../../../src/analysis/languages/institution-places';
import { GERMAN_INSTITUTION_HEADS, GERMAN_INSTITUTION_LINKS } from '../../../../src/analysis/languages/de/institution-heads';
import type { Mention } from '../../../../src/analysis/entities/types';
import { repoModels } from '../../../../scripts/lib/repo-models';

/** Mentions as [text, type], for a text whose tagger found `tagged` (each the first occurrence of its text). */
function names(text: string, tagged: Array<[string, Mention['type']]>): Array<[string, string]> {
  const mentions = tagged.map(([name, type]) => ({ start: text.indexOf(name), end: text.indexOf(name) + name.length, text: name, type }));
  return withInstitutionPlaces(text, mentions, new Set(GERMAN_INSTITUTION_HEADS), new Set(GERMAN_INSTITUTION_LINKS)).map((m) => [m.text, m.type]);
}

describe('an institution’s noun before a place', () => {
  beforeAll(async () => {
    await loadLanguagePack('de', repoModels);
  });

  it('makes one organisation with the place', () => {
    const text = 'Anschließend wirkte er erneut bis zu seinem Tod im Jahre 1950 an der Universität von Pennsylvania.';
    const entities = analyze(text, { language: 'de' }).entities.map((e) => [e.name, e.type]);
    expect(entities).toContainEqual(['Universität von Pennsylvania', 'ORG']);
    expect(names('Sie studierte an der Universität Wien Medizin.', [['Wien', 'LOC']])).toEqual([['Universität Wien', 'ORG']]);
    expect(names('Das Kraftwerk Brunsbüttel steht still.', [['Brunsbüttel', 'LOC']])).toEqual([['Kraftwerk Brunsbüttel', 'ORG']]);
  });

  it('leaves nouns written as a word and a place, other linking words, and a noun opening a longer word', () => {
    expect(names('Das Amtsgericht Stockholm entschied am Montag.', [['Stockholm', 'LOC']])).toEqual([['Stockholm', 'LOC']]);
    expect(names('Er lehrte an einer Universität in Wien.', [['Wien', 'LOC']])).toEqual([['Wien', 'LOC']]);
    expect(names('Die Universität und Wien streiten.', [['Wien', 'LOC']])).toEqual([['Wien', 'LOC']]);
    expect(names('Die Partner-Universität Wien lädt ein.', [['Wien', 'LOC']])).toEqual([['Wien', 'LOC']]);
    expect(names('Die Universität Wien sagte ab.', [['Universität Wien', 'ORG']])).toEqual([['Universität Wien', 'ORG']]);
  });
});
