import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { detectLanguage, languageName, pageProse } from '../../../src/page/language';

const doc = (lang?: string) =>
  parseHTML(`<!doctype html><html${lang ? ` lang="${lang}"` : ''}><head></head><body></body></html>`).document as unknown as Document;

describe('the language check', () => {
  it('English full of foreign names and titles stays English', () => {
    const text = [
      'Jean-Luc de la Fontaine, the head of Le Monde des Affaires, met Juan Carlos del Río y Castillo and Ana María de los Santos in Madrid.',
      'Der Spiegel and El País both reported that Les Échos had hired Hans-Peter von der Leyen and Giulia Della Rovere.',
      'The three editors said they would publish a joint investigation into the deal in the spring, according to people familiar with it.',
      'Rio de Janeiro, São Paulo and La Paz were named as the cities where the reporters would work.',
    ].join(' ');
    expect(detectLanguage(doc('en'), text)).toMatchObject({ lang: 'en', english: true });
    expect(detectLanguage(doc(), text)).toMatchObject({ lang: 'en', english: true });
  });

  it('an English article on a page that declares another language is English', () => {
    const text = 'The council approved the budget on Tuesday. The mayor said that it would fund two new libraries and that the tax increase was needed. Opponents said they would appeal, and that the vote was rushed.';
    expect(detectLanguage(doc('de'), text).english).toBe(true);
  });

  it('German, French and Chinese text is named as such', () => {
    expect(detectLanguage(doc('en'), 'Der Stadtrat hat am Dienstag den Haushalt beschlossen. Die Bürgermeisterin sagte, dass damit zwei neue Bibliotheken finanziert werden. Die Opposition kritisierte die Steuererhöhung, die für Familien zu hoch sei, und kündigte an, dass sie dagegen klagen wird.').lang).toBe('de');
    expect(detectLanguage(doc(), 'Le conseil municipal a approuvé le budget mardi. La maire a déclaré que les fonds serviront à construire deux bibliothèques et que la hausse des impôts est nécessaire pour les familles de la ville, qui sont nombreuses.').lang).toBe('fr');
    expect(detectLanguage(doc(), '市议会周二批准了预算。市长表示，这笔资金将用于建设两座新图书馆，反对者则认为增税幅度过大。').lang).toBe('zh');
  });

  it('too little text: the page’s declaration decides, else English is assumed', () => {
    expect(detectLanguage(doc('fr'), 'Bonjour')).toMatchObject({ lang: 'fr', basis: 'declared' });
    expect(detectLanguage(doc(), 'Hello')).toMatchObject({ lang: 'en', basis: 'assumed' });
  });

  it('an English report on German football, full of German names, quotes and titles, stays English', () => {
    const text = [
      'Borussia Mönchengladbach beat Eintracht Frankfurt 3-1 at the Borussia-Park on Saturday, lifting Marco Rose’s side to third in the Bundesliga.',
      'Lars Stindl scored twice before half-time and Marcus Thuram added a third, prompting the home crowd to sing “Die Elf vom Niederrhein” long after the final whistle.',
      'Frankfurt’s coach, Adi Hütter, said his team had “kein Glück” with the referee’s decisions, but admitted they were second best for most of the game.',
      'The Süddeutsche Zeitung and Die Welt both called it the club’s best display since the Rückrunde began, and Kicker gave Stindl the top mark of the weekend.',
      'Gladbach travel to Bayern München next, while Frankfurt host Hertha BSC at the Waldstadion in a week’s time.',
    ].join(' ');
    expect(detectLanguage(doc('de'), text)).toMatchObject({ lang: 'en', english: true, basis: 'text' });
    expect(detectLanguage(doc(), text)).toMatchObject({ lang: 'en', english: true });
  });

  it('a page refused before its article was found is judged by its own prose, not assumed English', () => {
    const german = parseHTML(
      `<!doctype html><html><head></head><body><nav><p>Home About Contact</p></nav><main><h1>Frank Witzel erhält Deutschen Buchpreis</h1>
      <p>Für einen Roman über die alte Bundesrepublik hat Frank Witzel den Deutschen Buchpreis 2015 erhalten. Das Buch wurde von der Jury als ein Werk gelobt, das die Geschichte des Landes auf neue Weise erzählt.</p>
      <p>Die Auszeichnung ist mit 25.000 Euro dotiert und gilt als die wichtigste der Branche. Sie wird seit 2005 zum Auftakt der Frankfurter Buchmesse vergeben, die in diesem Jahr am Mittwoch beginnt.</p></main></body></html>`,
    ).document as unknown as Document;
    expect(detectLanguage(german, '')).toMatchObject({ lang: 'de', english: false, basis: 'text' });
    expect(pageProse(german, 1000)).not.toContain('Home About Contact');
  });

  it('a page of text outside paragraphs (list items, table cells) is read from its body', () => {
    const items = ['Die Stadt hat den Haushalt für das nächste Jahr beschlossen', 'Der Rat stimmte mit großer Mehrheit für den Plan der Verwaltung', 'Die Opposition kritisierte die Erhöhung der Gebühren für die Bürger', 'Eine Klage ist nach Angaben der Fraktion nicht ausgeschlossen'];
    const list = parseHTML(`<!doctype html><html><body><ul>${items.map((i) => `<li>${i}.</li>`).join('')}</ul><script>var the = 'and the of to is that';</script></body></html>`).document as unknown as Document;
    expect(detectLanguage(list, '').lang).toBe('de');
  });

  it('names a language from the engine’s own list, else from the runtime’s', () => {
    expect(languageName('de')).toBe('German (de)');
    expect(languageName('fr')).toBe('French (fr)');
    expect(languageName('und')).toBe('another language');
  });

  it('text that is no running prose (captions, names) tells nothing: the declaration decides; prose in an unlisted language is not English', () => {
    const captions = Array.from({ length: 12 }, (_, i) => `Lisbon, March ${i + 1}. Photo: Agency Reuters`).join(' ');
    expect(detectLanguage(doc('en'), captions)).toMatchObject({ lang: 'en', english: true, basis: 'declared' });
    const polish =
      'Rząd przyjął w środę projekt ustawy o podatku od nieruchomości. Jak poinformował minister finansów, nowe przepisy mają wejść w życie od stycznia. Opozycja zapowiada, że będzie głosować przeciw, bo jej zdaniem to uderzy w rodziny, które już teraz ledwo wiążą koniec z końcem.';
    expect(detectLanguage(doc('en'), polish)).toMatchObject({ english: false, basis: 'text' });
  });

  it("a short article's own words decide when they are clear, whatever the page's menus add", () => {
    // A teaser of 35 words on a page whose other text is a long menu: padded with the menu, no language was clear.
    const teaser = 'Das Zentrum Ergolz lud zur Gesprächsrunde ein. Die Teilnehmenden sprachen darüber, wie Arbeitgeber in Zeiten des Fachkräftemangels genügend Personal finden. Mit Löhnen allein sei es nicht getan, sagte die Leiterin, es brauche auch gute Arbeitszeiten.';
    const menu = 'Abonnieren Anmelden Immobilien Veranstaltungen Stellen E-Paper App Startseite Politik Kultur Sport Fussball Eishockey Turnen Gemeinden Region '.repeat(20);
    const page = parseHTML(`<!doctype html><html><body><div>${menu}</div></body></html>`).document as unknown as Document;
    expect(detectLanguage(page, teaser)).toMatchObject({ lang: 'de', basis: 'text' });
  });

  it('a text too short to tell its language on a page that tells nothing either is unknown for that reason, not another language', () => {
    // Three lines of a teaser (under 30 words) on a page whose other prose is in no listed language.
    const polish = 'Rząd przyjął w środę projekt ustawy o podatku od nieruchomości. Jak poinformował minister finansów, nowe przepisy mają wejść w życie od stycznia. Opozycja zapowiada, że będzie głosować przeciw, bo jej zdaniem to uderzy w rodziny, które już teraz ledwo wiążą koniec z końcem. Rząd przyjął w środę projekt ustawy o podatku od nieruchomości, a minister finansów zapowiedział kolejne zmiany w przepisach podatkowych.';
    const page = parseHTML(`<!doctype html><html><body><p>${polish}</p></body></html>`).document as unknown as Document;
    expect(detectLanguage(page, 'Exklusiv: Die Gesprächsrunde im Zentrum Ergolz. Mehr dazu im E-Paper.')).toMatchObject({ lang: 'und', tooShort: true });
    // The same prose as the article's own text is another language, named as such.
    expect(detectLanguage(doc(), polish)).toMatchObject({ lang: 'und' });
    expect(detectLanguage(doc(), polish).tooShort).toBeUndefined();
  });
});
