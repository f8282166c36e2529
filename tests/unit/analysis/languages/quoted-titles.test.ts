import { describe, expect, it } from 'vitest';
import { withQuotedTitles } from '../../../../src/analysis/languages/quoted-titles';
import { GERMAN_TITLE_NOUNS } from '../../../../src/analysis/languages/de/title-nouns';
import type { Mention } from '../../../../src/analysis/entities/types';

/** Mentions as [text, type], for a text whose tagger found `tagged` (each the first occurrence of its text). */
function names(text: string, tagged: Array<[string, Mention['type']]> = []): Array<[string, string]> {
  const mentions = tagged.map(([name, type]) => ({ start: text.indexOf(name), end: text.indexOf(name) + name.length, text: name, type }));
  return withQuotedTitles(text, mentions, GERMAN_TITLE_NOUNS).map((m) => [m.text, m.type]);
}

describe('German titles in quotation marks', () => {
  it('takes a quoted title after the noun that says what it is, also ending a compound', () => {
    expect(names('Im August hatte sie ein kurzes Gastspiel in der ARD-Soap „Sturm der Liebe“ gegeben.')).toEqual([['Sturm der Liebe', 'MISC']]);
    expect(names('Der Karneval steht unter dem Motto "Hier tanzt der Bär".')).toEqual([['Hier tanzt der Bär', 'MISC']]);
    expect(names('Im Kinofilm »Das Boot« spielte er den Kapitän.')).toEqual([['Das Boot', 'MISC']]);
  });

  it('leaves quoted speech, a lower-case phrase, a word that only ends like the noun and what the tagger found', () => {
    expect(names('Im Film „Das ist alles falsch!“ sagt er nichts.')).toEqual([]);
    expect(names('Den Verfassungsartikel „für Qualität in der Krankenversicherung“ befürworteten 60 Prozent.')).toEqual([]);
    expect(names('Das Mitglied „Peter“ schwieg, ebenso das Beispiel „Anna“.')).toEqual([]);
    expect(names('Er las den Artikel in der „Süddeutschen Zeitung“.', [['Süddeutschen Zeitung', 'ORG']])).toEqual([['Süddeutschen Zeitung', 'ORG']]);
    expect(names('Er las den Artikel „Die Zeitung“ gestern.', [['Zeitung', 'ORG']])).toEqual([['Zeitung', 'ORG']]);
  });
});
