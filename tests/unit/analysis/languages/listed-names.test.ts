import { describe, expect, it } from 'vitest';
import { withListedNames, type NameLists } from '../../../../src/analysis/languages/listed-names';
import type { Mention } from '../../../../src/analysis/entities/types';
import { segmentSentences } from '../../../../src/analysis/segment';

const lists: NameLists = {
  firstNames: new Set(['Anna', 'Klaus', 'Paris', 'Edwin', 'Henry', 'Harmon', 'Ann', 'John', 'Mark', 'Christ', 'Will']),
  lastNames: new Set(['Berg']),
  places: new Set(['Thüringen', 'Nordrhein-Westfalen', 'Antigua und Barbuda', 'Libanon', 'Paris']),
  determiners: new Set(['der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine']),
  organisations: new Set(['Bundesnetzagentur', 'Deutsche Bahn', 'Bundesamt für Migration und Flüchtlinge', 'Fujitsu', 'dpa']),
};

/** Mentions as [text, type], for a text whose tagger found `tagged` (each the first occurrence of its text). */
function names(text: string, tagged: Array<[string, Mention['type']]> = []): Array<[string, string]> {
  const mentions = tagged.map(([name, type]) => ({ start: text.indexOf(name), end: text.indexOf(name) + name.length, text: name, type }));
  return withListedNames(text, segmentSentences(text), mentions, lists).map((m) => [m.text, m.type]);
}

describe('German names by evidence', () => {
  it('tags a name the tagger found once wherever else the article writes it, with its type', () => {
    expect(names('Rheinmetall ist betroffen. Später äußerte sich Rheinmetall nicht.', [['Rheinmetall', 'ORG']])).toEqual([
      ['Rheinmetall', 'ORG'],
      ['Rheinmetall', 'ORG'],
    ]);
  });

  it('takes listed places, the longest first, and a listed first name before a capitalised word for a person', () => {
    expect(names('Die Händler in Thüringen und Nordrhein-Westfalen warten.')).toEqual([
      ['Thüringen', 'LOC'],
      ['Nordrhein-Westfalen', 'LOC'],
    ]);
    expect(names('Der Staat Antigua und Barbuda liegt in der Karibik.')).toEqual([['Antigua und Barbuda', 'LOC']]);
    expect(names('Die Wirtschaft Thüringens wächst.')).toEqual([['Thüringens', 'LOC']]);
    expect(names('Das sagte Anna Berg am Montag.')).toEqual([['Anna Berg', 'PER']]);
  });

  it('takes listed organisations, a long one whole and one written in lower case, and retypes one the tagger took for another type', () => {
    expect(names('Die Bundesnetzagentur prüft, ob die Deutsche Bahn zahlen muss.')).toEqual([
      ['Bundesnetzagentur', 'ORG'],
      ['Deutsche Bahn', 'ORG'],
    ]);
    expect(names('Das Bundesamt für Migration und Flüchtlinge entscheidet, meldet dpa.')).toEqual([
      ['Bundesamt für Migration und Flüchtlinge', 'ORG'],
      ['dpa', 'ORG'],
    ]);
    expect(names('Ende 2010 hat Fujitsu sich neu aufgestellt.', [['Fujitsu', 'PER']])).toEqual([['Fujitsu', 'ORG']]);
    expect(names('Die Bahn fährt, die Deutsche Bahnhofsmission hilft.')).toEqual([]);
  });

  it('retypes a listed place the tagger read as a person’s, unless a list knows it as a name too', () => {
    expect(names('Soldaten sind vor der Küste Libanons im Einsatz.', [['Libanons', 'PER']])).toEqual([['Libanons', 'LOC']]);
    expect(names('Der Landtag in Thüringen tagt.', [['Thüringen', 'PER']])).toEqual([['Thüringen', 'LOC']]);
    expect(names('Paris sagte, sie komme nicht.', [['Paris', 'PER']])).toEqual([['Paris', 'PER']]);
    expect(names('Libanon-Experte Kurt Weber sagte das.', [['Kurt Weber', 'PER']])).toEqual([['Kurt Weber', 'PER']]);
  });

  it('leaves a word no list knows out of a person’s name when a listed first name and a surname follow it', () => {
    expect(names('Aber auch Hollands Torwart Oldie Edwin van der Sar erwischte einen Sahnetag.', [['Oldie Edwin van der Sar', 'PER']])).toEqual([
      ['Edwin van der Sar', 'PER'],
    ]);
    expect(names('Begraben sind dort Phin Clanton und Sheriff Henry Thompsen.', [['Sheriff Henry Thompsen', 'PER']])).toEqual([['Henry Thompsen', 'PER']]);
    expect(names('Er arbeitete mit dem Trainer Butch Harmon an seinem Schwung.', [['Butch Harmon', 'PER']])).toEqual([['Butch Harmon', 'PER']]);
    expect(names('Das sagte Klaus Anna Berg nicht.', [['Klaus Anna Berg', 'PER']])).toEqual([['Klaus Anna Berg', 'PER']]);
    expect(names('Die Firma Henry Schein AG wächst.', [['Firma Henry Schein AG', 'ORG']])).toEqual([['Firma Henry Schein AG', 'ORG']]);
  });

  it('takes a listed first name alone for a person, but not opening a sentence, after an article or a number', () => {
    expect(names('In der Handlung ist Ann mit John verheiratet.')).toEqual([
      ['Ann', 'PER'],
      ['John', 'PER'],
    ]);
    expect(names('Will er das? Er ist ein gläubiger Christ.')).toEqual([]);
    expect(names('Das Haus kostete 1998 zehn Millionen Mark und später 300 Mark mehr.')).toEqual([]);
  });

  it('takes a tagged person’s surname alone, or in the genitive, for that person, but not after an article', () => {
    expect(names('Maria Berg leitet das Amt. Berg sagte, Bergs Plan stehe. Der Berg ist hoch.', [['Maria Berg', 'PER']])).toEqual([
      ['Maria Berg', 'PER'],
      ['Berg', 'PER'],
      ['Bergs', 'PER'],
    ]);
  });

  it('leaves a name inside a longer word, a lower-case word and what the tagger already tagged alone', () => {
    expect(names('Der Kreis Thüringen-Nord und die thüringen-weite Regel.')).toEqual([]);
    expect(names('Klaus sprach lange.')).toEqual([]);
    expect(names('Die Anna Berg Stiftung half.', [['Anna Berg Stiftung', 'ORG']])).toEqual([['Anna Berg Stiftung', 'ORG']]);
  });
});
