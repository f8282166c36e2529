import { beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../../../src/analysis/analyze';
import { loadLanguagePack } from '../../../../src/analysis/languages';
import { withBracketedAcronyms } from '../../../../src/analysis/languages/bracketed-acronyms';
import type { Mention } from '../../../../src/analysis/entities/types';
import { repoModels } from '../../../../scripts/lib/repo-models';

/** Mentions as [text, type], for a text whose tagger found `tagged` (each the first occurrence of its text). */
function names(text: string, tagged: Array<[string, Mention['type']]>): Array<[string, string]> {
  const mentions = tagged.map(([name, type]) => ({ start: text.indexOf(name), end: text.indexOf(name) + name.length, text: name, type }));
  return withBracketedAcronyms(text, mentions).map((m) => [m.text, m.type]);
}

const typed = (text: string) =>
  analyze(text, { language: 'de' }).entities.flatMap((e) => e.mentions.map((m) => [text.slice(m.start, m.end), e.type]));

describe('an acronym in parentheses after a name', () => {
  beforeAll(async () => {
    await loadLanguagePack('de', repoModels);
  });

  it('is the name’s acronym with its type, here and wherever else the article writes it', () => {
    const text =
      'MIRO konnte bereits einige Kunden gewinnen, hauptsächlich Institutionen wie etwa das Forschungszentrum Jülich und das ' +
      'Karlsruher Institut für Technologie (KIT). Am KIT laufen die Geräte seit einem Jahr.';
    expect(typed(text).filter(([name]) => name === 'KIT')).toEqual([
      ['KIT', 'ORG'],
      ['KIT', 'ORG'],
    ]);
    const programme = 'Gefördert wurden viele dieser Maßnahmen durch die Europäische Union und ihr Programm für Transeuropäische Netze (TEN).';
    expect(typed(programme)).toContainEqual(['TEN', 'ORG']);
  });

  it('takes the name’s type over the tagger’s reading of the acronym', () => {
    expect(names('Gefördert durch ihr Programm für Transeuropäische Netze (TEN).', [['Transeuropäische Netze', 'ORG'], ['TEN', 'LOC']])).toEqual([
      ['Transeuropäische Netze', 'ORG'],
      ['TEN', 'ORG'],
    ]);
    expect(names('Kunden wie das Karlsruher Institut für Technologie ( KIT ) kamen dazu.', [['Karlsruher Institut für Technologie', 'ORG']])).toEqual([
      ['Karlsruher Institut für Technologie', 'ORG'],
      ['KIT', 'ORG'],
    ]);
  });

  it('leaves a party after a person, letters that do not spell the name, a person’s name and a year', () => {
    expect(names('Das sagte Petra Müller (CDU) am Montag.', [['Petra Müller', 'PER']])).toEqual([['Petra Müller', 'PER']]);
    expect(names('Die Fahrt mit der Deutschen Bahn (ICE) dauert länger.', [['Deutschen Bahn', 'ORG']])).toEqual([['Deutschen Bahn', 'ORG']]);
    expect(names('Mit Creative Commons (CC) können Urheber Rechte freigeben.', [['Creative Commons', 'PER']])).toEqual([['Creative Commons', 'PER']]);
    expect(names('Er ging nach Berlin (1989) zurück.', [['Berlin', 'LOC']])).toEqual([['Berlin', 'LOC']]);
  });
});
