import { describe, expect, it } from 'vitest';
import { withNameAdjectives } from '../../../../src/analysis/languages/name-adjectives';
import { GERMAN_NAME_ADJECTIVE_ENDINGS } from '../../../../src/analysis/languages/de/name-adjectives';
import type { Mention } from '../../../../src/analysis/entities/types';

/** Mentions as [text, type], for a text whose tagger found `tagged` (each the first occurrence of its text). */
function names(text: string, tagged: Array<[string, Mention['type']]>): Array<[string, string]> {
  const mentions = tagged.map(([name, type]) => ({ start: text.indexOf(name), end: text.indexOf(name) + name.length, text: name, type }));
  return withNameAdjectives(text, mentions, GERMAN_NAME_ADJECTIVE_ENDINGS).map((m) => [m.text, m.type]);
}

describe('German adjectives that begin a name', () => {
  it('takes a capitalised adjective in -isch inside a sentence into the name after it, which keeps its type', () => {
    expect(names('Der Helm ist der westlichste Gipfel der Karnischen Alpen.', [['Alpen', 'LOC']])).toEqual([['Karnischen Alpen', 'LOC']]);
    expect(names('Das sagte ein Sprecher des Bayerischen Rundfunks am Montag.', [['Rundfunks', 'ORG']])).toEqual([['Bayerischen Rundfunks', 'ORG']]);
  });

  it('leaves an adjective opening a sentence, one in lower case and another adjective', () => {
    expect(names('Der Markt wächst. Britische Telecom verliert dagegen.', [['Telecom', 'ORG']])).toEqual([['Telecom', 'ORG']]);
    expect(names('Die Pläne der indischen Regierung in Delhi.', [['Delhi', 'LOC']])).toEqual([['Delhi', 'LOC']]);
    expect(names('Er wohnt im Schönen Hamburg.', [['Hamburg', 'LOC']])).toEqual([['Hamburg', 'LOC']]);
  });
});
