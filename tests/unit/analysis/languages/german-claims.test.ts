import { beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../../../src/analysis';
import { loadLanguagePack } from '../../../../src/analysis/languages';
import { repoModels } from '../../../../scripts/lib/repo-models';
import type { Sentence } from '../../../../src/shared/schema';

beforeAll(async () => {
  await loadLanguagePack('de', repoModels);
});

/** Each sentence's label and source, for a German text. */
const labels = (text: string) =>
  analyze(text, { language: 'de' }).sentences.map((s: Sentence) => [s.label ?? s.nonClaim, s.source?.text] as const);

describe('German attribution', () => {
  it('finds verbs of saying in any tense, with the speaker before or after the verb', () => {
    expect(labels('„Wir sind zufrieden“, sagte der Sprecher des Ministeriums.')).toEqual([['sourced', 'der Sprecher des Ministeriums']]);
    expect(labels('Die Gewerkschaft Verdi hat die Pläne scharf kritisiert.')[0]![0]).toBe('sourced');
    expect(labels('Der Bürgermeister betonte am Montag, die Stadt habe genug Geld.')).toEqual([['sourced', 'Der Bürgermeister']]);
  });

  it('takes a ruling or decision for a source only where it opens what was decided', () => {
    expect(labels('Das Bundesverfassungsgericht hat geurteilt, dass das Verbot nicht gilt.')).toEqual([['sourced', 'Bundesverfassungsgericht']]);
    expect(labels('Der Bundestag beschloss am Freitag, dass die Frist verlängert wird.')).toEqual([['sourced', 'Bundestag']]);
    expect(labels('Der Stadtrat entschied sich am Abend für den Neubau.')[0]![0]).toBe('unsourced');
  });

  it('reads a separable verb only with its particle ("teilte … mit"), not "teilte" alone', () => {
    expect(labels('Die Polizei teilte am Abend mit, dass niemand verletzt wurde.')).toEqual([['sourced', 'Die Polizei']]);
    expect(labels('Die Familie teilte sich eine kleine Wohnung in der Altstadt.')[0]![0]).toBe('unsourced');
  });

  it('takes no verb of a passive, no split verb without its closing particle and no pronoun or adverb for a speaker (heise)', () => {
    expect(labels('Neben Account und regulärem Passwort wird dabei dann ein Zusatzcode verlangt, der nur kurze Zeit gilt.')[0]![0]).toBe('unsourced');
    expect(labels('Das geht unter anderem per QR-Code, den die App über ein neues Scanfenster selbst einlesen kann – etwa aus dem Browser.')[0]![0]).toBe('unsourced');
    expect(labels('So gibt es die Möglichkeit, FaceTime-Audio- oder Skype-Anrufe aus 1Password zu starten.')[0]![0]).toBe('unsourced');
    expect(labels('Der Verband verlangt, dass die Regeln bleiben.')).toEqual([['sourced', 'Der Verband']]);
    expect(labels('Die Ministerin gab den Fehler am Montag zu.')[0]![0]).toBe('sourced');
  });

  it('gives a quotation a colon opens after a name to that person, and keeps a parenthesised aside from taking over the speaker (mannschaft.com)', () => {
    const text = [
      'In der Petition heisst es: «Im Winter 2022 wird zum ersten Mal eine Weltmeisterschaft von einem arabischen Land ausgerichtet.»',
      'Die ganze Welt werden nach Katar schauen, auch er, Benjamin Näßler: «Ich bin Fussballfan und ich bin schwul. 2020 wurde ich von einer Jury zu Mr. Gay Germany gewählt.»',
      '(MANNSCHAFT berichtete bereits 2019 über den langjährigen Kampf Näßlers gegen Homophobie im Fussball.)',
      'Weiter schreibt er: «Doch ich habe grosse Bedenken, denn in Katar steht Homosexualität unter Strafe.»',
    ].join('\n\n');
    const found = labels(text);
    expect(found[1]).toEqual(['sourced', 'Benjamin Näßler']);
    expect(found.at(-1)).toEqual(['sourced', 'Benjamin Näßler']);
  });

  it('takes "laut X", "X zufolge", "nach Angaben von X", "nach X-Recherchen" and "so X" as sources', () => {
    expect(labels('Laut Bundesamt für Statistik stiegen die Preise um zwei Prozent.')).toEqual([['sourced', 'Bundesamt für Statistik']]);
    expect(labels('Dem Bericht des Rechnungshofs zufolge fehlen 300 Millionen Euro.')[0]).toEqual(['sourced', 'Dem Bericht des Rechnungshofs']);
    expect(labels('Nach Angaben der Feuerwehr brannte das Haus vollständig aus.')).toEqual([['sourced', 'der Feuerwehr']]);
    expect(labels('Der Konzern ist nach NDR-Recherchen betroffen.')).toEqual([['sourced', 'NDR']]);
    expect(labels('„Das ist ein guter Tag für die Region“, so Müller.')).toEqual([['sourced', 'Müller']]);
  });

  it('finds the subject before an aside set off by commas, not the object after the verb (tagesschau)', () => {
    expect(labels('Anna Berg, Sprecherin der Grünen im Landtag, nennt den Beschluss „einen schweren Fehler für das ganze Land“.')).toEqual([['sourced', 'Anna Berg']]);
    expect(labels('Die Landesregierung Sachsen, die das Gesetz vorgelegt hatte, sagte auf Anfrage, dass sie die Kritik prüfe.')).toEqual([['sourced', 'Die Landesregierung Sachsen']]);
    // Three commas before the verb: it closes a subordinate clause, and the opening phrase is no speaker.
    expect(labels('Einer ähnlichen Logik, wenn auch auf anderer Ebene, folgt die Regierung, wenn sie Entscheidungen ankündigt.')[0]![0]).toBe('unsourced');
  });

  it('resolves a pronoun before the verb to the last speaker, and "er" after it to a person, not to the addressee', () => {
    expect(labels('Der Bürgermeister Klaus Weber sprach von einem Erfolg. Er fordert mehr Geld vom Land.')).toEqual([
      ['sourced', 'Klaus Weber'],
      ['sourced', 'Klaus Weber'],
    ]);
    expect(labels('Klaus Weber ist seit 2019 im Amt. „Das ist ein großes Problem für uns alle“, sagte er dem NDR.')[1]).toEqual(['sourced', 'Klaus Weber']);
    // A capitalised "Sie" inside the sentence is the polite address, nobody reported.
    expect(labels('Ministerin Anna Berg sprach am Montag im Landtag. Herr Präsident, Sie haben das doch selbst gesagt.')[1]![0]).toBe('unsourced');
  });

  it('reads a verb closing a subordinate clause with its own subject ("Solange man nicht wisse") and carries the speaker on', () => {
    expect(labels('„Wir warten auf die Zahlen“, sagte Klaus Weber. Solange man nicht wisse, wer bezahle, könne man nichts planen.')[1]).toEqual(['sourced', 'Klaus Weber']);
  });

  it('makes a person’s noun that names nobody the antecedent of a later "er", a vague source carried on', () => {
    expect(labels('Der Mann lebt seit Jahren in Berlin. Er sagt, er habe aus Protest gehandelt. Das sei „ein Weg des Protests gegen die Waffen“.')).toEqual([
      ['unsourced', undefined],
      ['vague', 'Der Mann'],
      ['vague', 'Der Mann'],
    ]);
  });

  it('lets "so ein Sprecher" outrank "demnach", and an office unnamed is no vague source', () => {
    expect(labels('Der Konzern bestätigte den Angriff am Montag. Betroffen seien demnach nur Lieferscheine, so ein Sprecher.')[1]).toEqual(['sourced', 'ein Sprecher']);
  });

  it('gives "nach eigenen Angaben" to the clause’s subject, "Seinen Angaben nach" to the last speaker', () => {
    expect(labels('Von den rund 2.000 Betrieben im Land vertritt der Landesverband des Handwerks nach eigenen Angaben etwa 1.000.')).toEqual([
      ['sourced', 'der Landesverband des Handwerks'],
    ]);
    expect(labels('Die Kunden hätten andere Sorgen, sagte Dietmar Hoffmann vom Landesverband. Seinen Angaben nach waren viele Händler unsicher.')[1]).toEqual([
      'sourced',
      'Dietmar Hoffmann',
    ]);
  });

  it('keeps titles with the name and leaves "von" out of the source', () => {
    expect(labels('Das sei ein wichtiger Schritt, sagte Bundeskanzler Olaf Scholz am Montag in Berlin.')).toEqual([['sourced', 'Bundeskanzler Olaf Scholz']]);
    expect(labels('Laut Bundeskanzler Olaf Scholz ist die Lage ernst.')).toEqual([['sourced', 'Bundeskanzler Olaf Scholz']]);
    expect(labels('Nach Angaben von Innenminister Herbert Reul wurden drei Männer festgenommen.')).toEqual([['sourced', 'Innenminister Herbert Reul']]);
    expect(labels('Nach den Plänen der Bahn wird es im Netz deutlich enger.')).toEqual([['sourced', 'der Bahn']]);
  });

  it('finds no subject in a prepositional phrase, an adjective that looks like a verb, or an opening adverb (tagesschau, SZ)', () => {
    expect(labels('Auch auf wiederholte Nachfrage wollte sich der Konzern nicht dazu äußern.')).toEqual([['sourced', 'der Konzern']]);
    expect(labels('Dazu äußerte sich der Verband der Autohändler nicht.')).toEqual([['sourced', 'der Verband der Autohändler']]);
    expect(labels('Nun zieht auch die Busbranche nach und fordert ähnliche Privilegien.')).toEqual([['sourced', 'die Busbranche']]);
  });

  it('takes a passive’s agent after "von" and a speaker set off by dashes', () => {
    expect(labels('Dazu ist vom Sprecher der Stadt alles gesagt worden.')).toEqual([['sourced', 'Sprecher der Stadt']]);
    expect(labels('Die Preise - die Staatssekretärin hat darauf hingewiesen - bleiben hoch.')).toEqual([['sourced', 'die Staatssekretärin']]);
  });

  it('calls unnamed groups and agentless reports vague', () => {
    expect(labels('Experten warnen vor einer Rezession im kommenden Jahr.')).toEqual([['vague', 'Experten']]);
    expect(labels('Aus Regierungskreisen hieß es, die Entscheidung sei gefallen.')[0]![0]).toBe('vague');
    expect(labels('Laut Beobachtern ist die Lage angespannt.')).toEqual([['vague', 'Beobachtern']]);
    expect(labels('Ein Manager, der nicht genannt werden will, sagte, der Plan scheitere.')[0]![0]).toBe('vague');
  });

  it('reads "heißt es", compounds like "nach Brancheninformationen" and a verb after the clause it reports', () => {
    expect(labels('Spotify behält etwa 30 Prozent ein, heißt es.')[0]![0]).toBe('vague');
    expect(labels('Den Labels werden nach Brancheninformationen drei Euro überwiesen.')).toEqual([['vague', 'Brancheninformationen']]);
    expect(labels('Den Labels werden nach Polizeiangaben drei Euro überwiesen.')).toEqual([['sourced', 'Polizeiangaben']]);
    expect(labels('In Deutschland gebe es noch viel Potenzial, prognostizieren Fachleute.')).toEqual([['vague', 'Fachleute']]);
  });

  it('reads a verb after a relative clause as its subject’s, not as following what it reports', () => {
    expect(labels('Frauen, die einen Hund besaßen, zeigten eine größere körperliche Aktivität als Frauen ohne Hund.')[0]![0]).toBe('unsourced');
    expect(labels('Die Mieten, die seit Jahren steigen, werden weiter steigen, prognostizieren Fachleute.')).toEqual([['vague', 'Fachleute']]);
    expect(labels('Im Sommer gebe es Engpässe, die Preise würden steigen, prognostizieren Fachleute.')).toEqual([['vague', 'Fachleute']]);
  });

  it('takes a quoted term of a few words for a term, not for reported speech', () => {
    expect(labels('Ministerin Anna Berg sagte am Montag, die Reform komme. Im „Pro Rata“-Modell werden alle Einnahmen gesammelt.')[1]![0]).toBe('unsourced');
  });

  it('carries the speaker over sentences in Konjunktiv I, and not over the author’s indicative', () => {
    expect(
      labels('Ministerin Anna Berg sagte am Dienstag, die Reform komme. Sie sei notwendig. Die Kosten lägen bei zwei Milliarden Euro. Der Landtag tagt im Mai.'),
    ).toEqual([
      ['sourced', 'Anna Berg'],
      ['sourced', 'Anna Berg'],
      ['sourced', 'Anna Berg'],
      ['unsourced', undefined],
    ]);
  });

  it('does not take a verb of saying that is a noun, an infinitive after "zu" or a finding without content', () => {
    expect(labels('Die Erklärung der Regierung kam spät.')[0]![0]).toBe('unsourced');
    expect(labels('Die Konkurrenz ist nicht gut auf den Minister zu sprechen.')[0]![0]).toBe('unsourced');
    expect(labels('Der Mann veröffentlicht regelmäßig Videos im Netz.')[0]![0]).toBe('unsourced');
  });

  it('reads a verb with another verb’s particle closing its clause as that verb ("findet … statt"), unless it follows what it reports (dtb.de)', () => {
    expect(labels('Das zweite Forum findet am 2. April in Frankfurt am Main und online statt.')[0]![0]).toBe('unsourced');
    expect(labels('Im Herbst fand dazu eine deutschlandweite Befragung von Trainern und Eltern statt.')[0]![0]).toBe('unsourced');
    expect(labels('Der Verband mahnt dann in allen bekannten Fällen die Betreiber der Seiten ab.')[0]![0]).toBe('unsourced');
    // A listed separable verb keeps its particle; after a quotation the particle is the next verb's.
    expect(labels('Der AStA wies die Kritik am Samstag zurück.')).toEqual([['sourced', 'AStA']]);
    expect(labels('„Das kostet den Steuerzahler nichts“, sagt auch Stenger und greift die Bahn an.')).toEqual([['sourced', 'Stenger']]);
    expect(labels('Die Gemeinde findet, dass die Gebühren zu hoch sind.')[0]![0]).toBe('sourced');
  });

  it('takes a verb of knowing, finding or discussing for a report only with what it opens (tagesanzeiger, taz, dtb.de)', () => {
    expect(labels('Dort fanden Flughunde kaum noch Nahrung.')[0]![0]).toBe('unsourced');
    expect(labels('Der DTB hat vor einem Jahr das Projekt „Leistung mit Respekt“ ins Leben gerufen.')[0]![0]).toBe('unsourced');
    expect(labels('Vor allem freitags debattieren die Ressorts neue Themen.')[0]![0]).toBe('unsourced');
    expect(labels('Kaeser wusste das bereits, als er sich mit Neubauer traf.')[0]![0]).toBe('unsourced');
    // With a clause, a colon or a quotation after it, the verb reports.
    expect(labels('Die Gemeinde meint jedoch: „Die Witterung der vergangenen Tage ist schuld.“')[0]).toEqual(['sourced', 'Die Gemeinde']);
    expect(labels('Der Minister glaubt, die Lage werde sich bald bessern.')).toEqual([['sourced', 'Der Minister']]);
  });

  it('names no speaker for a passive but its agent after "von", and none in a subject that is the thing said (dtb.de, fr.de)', () => {
    expect(labels('Deshalb wird das Vorhaben in Weiterbildungen, Konferenzen und Sitzungen thematisiert und auf Foren diskutiert.')[0]![0]).toBe('unsourced');
    expect(labels('Hier wurden die Perspektiven der Athleten des DTB für das Jahr 2022 diskutiert und bewertet.')[0]![0]).toBe('unsourced');
    expect(labels('Die Echtheit der Bilder kann noch nicht zweifelsfrei bestätigt werden.')[0]![0]).toBe('unsourced');
    expect(labels('Es könne nicht bestätigt werden, dass Kim krank sei, teilte das Präsidialamt in Seoul am Dienstag mit.')).toEqual([['sourced', 'das Präsidialamt']]);
    expect(labels('Dazu ist vom Kollegen Müller schon alles gesagt worden.')[0]![0]).toBe('sourced');
    // An initial's full stop inside the clause ends nothing (netzpolitik).
    expect(labels('Als Vorstandsvorsitzender des Verbandes wird ab diesem Zeitpunkt Jacek K. auf der Webseite genannt.')[0]![0]).toBe('unsourced');
  });

  it('takes no joined zu-infinitive, no "wer", no adverb, time or phrase in the dative for a speaker (handelsblatt, focus, finanzmarktwelt)', () => {
    expect(labels('Moreno kommt am Montag nach Hamburg, um Fichtner den Fall aus seiner Sicht darzulegen.')[0]![0]).toBe('unsourced');
    expect(labels('Wer sich für die Finanzierung entscheidet, kann zwischen drei Varianten wählen.')[0]![0]).toBe('unsourced');
    expect(labels('Natürlich kann man die Angaben nicht unbesehen glauben, auch wenn es ein Geständnis ist.')[0]![0]).toBe('unsourced');
    expect(labels('Dem Beamten ist anzumerken, dass ihm das unangenehm ist.')[0]![0]).toBe('unsourced');
    expect(labels('Gestern Abend gab das Unternehmen die Ergebnisse bekannt und verwies auf die gestiegenen Zinsen.')[0]).toEqual(['sourced', 'das Unternehmen']);
    // An aside in parentheses stands between the speaker and the verb.
    expect(labels('Teamchef Michael Kohlmann hat die Mannschaft gegen Brasilien (4. und 5. März in Rio de Janeiro) bekanntgegeben.')[0]![1]).toBe('Michael Kohlmann');
  });

  it('takes no adverb that shares a verb’s second person ("äußerst streng") for a verb, and no answer for a speaker (fr.de, spiegel)', () => {
    expect(labels('Doch kontrolliert die kommunistische Führung Informationen über Kim Jong Un und seine Familie äußerst streng.')[0]![0]).toBe('unsourced');
    expect(labels('Beide sagen Nein.')[0]![0]).toBe('unsourced');
    expect(labels('Nordkorea äußerte sich nicht zu den Berichten.')[0]![0]).toBe('sourced');
  });

  it('gives a relative pronoun that speaks the noun before its comma, not the pronoun itself (SpkAtt)', () => {
    expect(labels('Sie hatten mal einen Vorsitzenden, der gesagt hat: Fehler kann man machen.')[0]![1]).toBe('einen Vorsitzenden');
    expect(labels('Sie politisieren zwei Marktakteure, die gesagt haben, dass sie miteinander reden wollen.')[0]![1]).toBe('Marktakteure');
    // A demonstrative opening a main clause after a vocative is no relative pronoun.
    expect(labels('Liebe Kolleginnen und Kollegen, das zeigt doch das eigentliche Problem: Es fehlt Geld.')[0]![1]).not.toBe('Kollegen');
  });

  it('does not carry a speaker over a past indicative that looks like Konjunktiv II ("gingen")', () => {
    const text = '„Das Risiko ist hoch“, sagt der Virologe. So gingen in Südostasien 30 Prozent der Wälder verloren.';
    expect(labels(text)[1]![0]).toBe('unsourced');
    expect(labels('„Das Risiko ist hoch“, sagt der Virologe. Die Wälder gingen dort zurück, und viele Arten wären bedroht.')[1]![0]).toBe('sourced');
  });
});

describe('German opinion and non-claims', () => {
  it('calls the author’s evaluative, first-person wording opinion and a plain statement unsourced', () => {
    expect(labels('Das ist eine katastrophale und völlig unverschämte Entscheidung.')[0]![0]).toBe('opinion');
    expect(labels('Ich finde, die Stadt sollte endlich handeln.')[0]![0]).toBe('opinion');
    expect(labels('Der Zug fährt seit Montag im Stundentakt zwischen Köln und Berlin.')[0]![0]).toBe('unsourced');
  });

  it('reads the author’s stance ("ich erwarte", "hoffe ich") and an obligation with nobody named ("man muss", "es muss") as opinion, even in a report', () => {
    expect(labels('Ich erwarte eine Entschuldigung und die Einsicht, dass die Taten kriminell waren.')[0]![0]).toBe('opinion');
    expect(labels('Deshalb hoffe ich auf eine schnelle Einigung im Landtag.')[0]![0]).toBe('opinion');
    expect(labels('Man muss die Regeln für den Nahverkehr jetzt ändern.')[0]![0]).toBe('opinion');
    expect(labels('Es muss endlich ein neuer Vertrag her.')[0]![0]).toBe('opinion');
    // Someone else's stance is theirs: the speaker is the source.
    expect(labels('„Ich hoffe auf eine Einigung“, sagte die Ministerin.')).toEqual([['sourced', 'die Ministerin']]);
  });

  it('reads the author’s own view or impression as opinion ("meiner Meinung nach", "wir haben den Eindruck"), not an impression others are given', () => {
    expect(labels('Die URLs können auch als Spalte angezeigt werden, was meiner Meinung nach komfortabler ist.')[0]![0]).toBe('opinion');
    expect(labels('Die Signatur des Tagfahrlichts hat sich geändert, wir haben den Eindruck, dass es schärfer aussieht als zuvor.')[0]![0]).toBe('opinion');
    expect(labels('Ich bin der Ansicht, dass die Stadt mehr Geld braucht.')[0]![0]).toBe('opinion');
    expect(labels('Bilderbücher vermitteln Kindern manchmal den Eindruck, Hasen gingen in die Hasenschule.')[0]![0]).toBe('unsourced');
  });

  it('reads a verdict or demand in a modal as opinion whoever is named: "hätte … müssen", "darf niemals", "muss … endlich", within one clause', () => {
    expect(labels('Sein Vermächtnis darf niemals in Vergessenheit geraten.')[0]![0]).toBe('opinion');
    expect(labels('Bereits die Regierung hätte die Energiewende auf den Prüfstand stellen müssen.')[0]![0]).toBe('opinion');
    expect(labels('Die Lohnlücke muss seitens der Politik endlich geschlossen werden.')[0]![0]).toBe('opinion');
    // A rule's obligation is a fact; the gap does not reach over a comma into another clause.
    expect(labels('Der Antrag muss bis Mai gestellt werden.')[0]![0]).toBe('unsourced');
    expect(labels('Was er getan hätte, wissen wir nicht, aber die Frist müssen alle einhalten.')[0]![0]).toBe('unsourced');
    // Said by someone, the verdict is theirs.
    expect(labels('„Das hätte nie passieren dürfen“, sagte die Ministerin.')).toEqual([['sourced', 'die Ministerin']]);
  });

  it('matches the lexicon’s phrases as whole words ("sich meine" holds no "ich meine")', () => {
    expect(labels('Schauen Sie sich meine Knie an.')[0]![0]).toBe('unsourced');
    expect(labels('Ich meine, die Knie sind das Problem.')[0]![0]).toBe('opinion');
  });

  it('reads an adjective compounded on an evaluative one as evaluative, but no adverb in -weise, no verb and no noun', () => {
    expect(labels('Das Verfahren ist teuer und auch nicht besonders energieeffizient.')[0]![0]).toBe('opinion');
    expect(labels('Die Kreuzung ist brandgefährlich und viel zu eng.')[0]![0]).toBe('opinion');
    expect(labels('Die Anlage arbeitet beispielsweise schrittweise und teilweise nachts.')[0]![0]).toBe('unsourced');
    expect(labels('Die Polizei will die Spur weiterverfolgen, die Mehrwertsteuer steigt.')[0]![0]).toBe('unsourced');
  });

  it('treats the site’s furniture as non-claims', () => {
    expect(labels('Der Zug fährt wieder.\nMehr zu diesem Thema:\nÜber dieses Thema berichtete Inforadio am 29. April 2020.').map(([label]) => label)).toEqual([
      'unsourced',
      'boilerplate',
      'boilerplate',
    ]);
  });
});

describe('German article kinds', () => {
  const text = 'Die Reform ist ein gefährlicher Irrweg. Der Landtag stimmt am Freitag ab.';
  it('reads a column from its section or address and takes one evaluative word for an opinion there', () => {
    const column = analyze(text, { language: 'de', meta: { section: 'Meinung', url: 'https://zeitung.example/meinung/reform-kommentar-1.html' } });
    expect(column.articleKind).toBe('opinion');
    expect(column.sentences.map((s) => s.label)).toEqual(['opinion', 'unsourced']);
    const report = analyze(text, { language: 'de', meta: { url: 'https://zeitung.example/politik/reform-1.html' } });
    expect(report.articleKind).toBe('news');
    expect(report.sentences.map((s) => s.label)).toEqual(['unsourced', 'unsourced']);
  });

  it('reads a blog, by its host or a /blog/ path, as the author’s own writing', () => {
    const kindAt = (url: string) => analyze(text, { language: 'de', meta: { url } }).articleKind;
    expect(kindAt('https://blog.teufel.de/musik-und-sport/')).toBe('opinion');
    expect(kindAt('https://www.tafelblog.de/welches-europa-wir-wollen/')).toBe('opinion');
    expect(kindAt('https://www.dvgw.de/blog/gas/welche-heizung')).toBe('opinion');
    expect(kindAt('https://www.zeitung.example/politik/blogger-verurteilt-1.html')).toBe('news');
    expect(kindAt('https://www.weblogistik.example/news/reform-1.html')).toBe('news');
  });

  it('sources a claim to a link only where the link carries it, as in English (5min.at, tag24, spektrum.de)', () => {
    const linkedLabel = (text: string, phrase: string, href: string) => {
      const start = text.indexOf(phrase);
      const report = analyze(text, { language: 'de', links: [{ start, end: start + phrase.length, href }] });
      return [report.sentences[0]!.label, report.sentences[0]!.source?.text] as const;
    };
    // A link over a side phrase, or to a site's root, is no source.
    const side = 'In den letzten 2 Jahren hat er sich aber vor allem auf Grundreinigung, Parkplatzreinigung und Apartments spezialisiert.';
    expect(linkedLabel(side, 'Grundreinigung', 'https://filana.example/grundreinigung/')).toEqual(['unsourced', undefined]);
    const fire = 'Bei einem Brand in einem Wohnhaus in Russland sind fünf Kinder ums Leben gekommen.';
    expect(linkedLabel(fire, 'Brand', 'https://www.tag24.example/thema/brand')).toEqual(['unsourced', undefined]);
    const home = 'Wir freuen uns über Euer Interesse an unserer Verbandshomepage www.dhb.de und am Handball.';
    expect(linkedLabel(home, 'www.dhb.de', 'https://www.dhb.de/')).toEqual(['unsourced', undefined]);
    // A link over much of the sentence, or over a document, carries the claim: its host is the source.
    const study = 'Von den 138 Infizierten, die eine Arbeitsgruppe am 7. Februar in einer Veröffentlichung zusammenfasste, starben etwa vier Prozent.';
    expect(linkedLabel(study, 'die eine Arbeitsgruppe am 7. Februar in einer Veröffentlichung zusammenfasste', 'https://jamanetwork.example/article/2761044')).toEqual(['sourced', 'jamanetwork.example']);
    const report = 'Im vergangenen Jahr kamen nach der Studie 17 wichtige Medikamente aus Wuhan.';
    expect(linkedLabel(report, 'der Studie', 'https://bfarm.example/berichte/lieferengpaesse.pdf')).toEqual(['sourced', 'bfarm.example']);
    expect(linkedLabel(report, 'Wuhan', 'https://bfarm.example/berichte/lieferengpaesse.pdf')).toEqual(['unsourced', undefined]);
  });

  it('takes no link to the page’s own site for a source, as in English', () => {
    const text = 'Im vergangenen Jahr kamen nach der Studie 17 wichtige Medikamente aus Wuhan.';
    const start = text.indexOf('der Studie');
    const links = [{ start, end: start + 'der Studie'.length, href: 'https://www.zeitung.example/wissen/studie-medikamente.html' }];
    const onPage = (url: string) => analyze(text, { language: 'de', links, meta: { url } }).sentences[0]!;
    expect(onPage('https://zeitung.example/politik/wuhan-1.html').source).toBeUndefined();
    expect(onPage('https://andere-zeitung.example/politik/wuhan-1.html').source?.text).toBe('zeitung.example');
  });

  it('gives the earlier sentences of a quotation the speaker named where it closes (bundeskanzleramt.gv.at, wien.orf.at, spektrum.de)', () => {
    expect(labels('"Für mich als Familien- und Frauenministerin ist es wichtig, dass wir alles tun, damit Mütter ihre Chancen am Arbeitsmarkt verwirklichen können. Finanzielle Unabhängigkeit steht im Zentrum der Selbstbestimmung der Frau", betonte Bundesministerin Susanne Raab bei einer Pressekonferenz.'))
      .toEqual([['sourced', 'Bundesministerin Susanne Raab'], ['sourced', 'Bundesministerin Susanne Raab']]);
    expect(labels('„Man muss es ernsthaft machen, es muss klappen, es muss in Ordnung sein. Aber ernst nehmen dürfen S’ das nicht“, sagte Lotte Tobisch in einem Interview.')[0]![0]).toBe('sourced');
    // The closing speaker outranks one carried on from before the quotation.
    const virus = labels('Doch Fachleute warnen vor übereilten Vorhersagen. »Das Virus nutzt den gleichen Rezeptor, um in die Zelle zu gelangen. Das erklärt, warum es zwischen Menschen weitergegeben wird«, sagte Ian Jones, Virologe an der University of Reading.');
    expect(virus[1]).toEqual(['sourced', 'Ian Jones']);
    // A quotation nobody closes with a speaker gives nothing back.
    expect(labels('„Die Einstellung der Förderung ist widersinnig. Dringend muss das Sofortprogramm verabschiedet werden.“')[0]![0]).not.toBe('sourced');
  });

  it('reads "so X" over a truncated compound and over two joined speakers (bundeskanzleramt.gv.at, spektrum.de)', () => {
    expect(labels('Ein neuer Schwerpunkt soll längere Öffnungszeiten ermöglichen", so die Familien- und Frauenministerin.')).toEqual([['sourced', 'die Familien- und Frauenministerin']]);
    expect(labels('Allerdings sind die Ergebnisse bisher weder veröffentlicht noch unabhängig überprüft – das soll, so Chen Yongyi und Xiao Lihua, erst in den nächsten Tagen geschehen.'))
      .toEqual([['sourced', 'Chen Yongyi und Xiao Lihua']]);
    expect(labels('Der Preis stieg, so dass viele Kunden gingen.')[0]![0]).toBe('unsourced');
  });

  it('reads no request\'s "bitte" as a verb of saying (mpimet.mpg.de)', () => {
    expect(labels('Zum Starten des Videos bitte das Bild anklicken.')[0]![0]).toBe('unsourced');
    expect(labels('Die Polizei bittet um Hinweise, wer den Unfall gesehen hat.')).toEqual([['sourced', 'Die Polizei']]);
  });

  it('takes the noun phrase before the verb for its subject when the one after it may be its object (bundeskanzleramt.gv.at)', () => {
    expect(labels('Die Integrationsministerin betonte auch die Wichtigkeit von zeitgerechter Investition in die sprachliche Frühförderung in Kindergärten.'))
      .toEqual([['sourced', 'Die Integrationsministerin']]);
    // A nominative after the verb, or a phrase a preposition governs before it, leaves the subject after the verb.
    expect(labels('Die Pläne kritisierte der Verband scharf.')).toEqual([['sourced', 'der Verband']]);
    expect(labels('Am Montag kritisierte die Gewerkschaft die Pläne.')).toEqual([['sourced', 'die Gewerkschaft']]);
  });

  it('reads "in Brand geraten" as no advice (tag24, spektrum.de)', () => {
    expect(labels('Das zweistöckige Haus in Rostow nordöstlich der Hauptstadt Moskau war aus bislang nicht geklärten Gründen in Brand geraten.')[0]![0]).toBe('unsourced');
  });
  it('reads a verb of naming with a name or noun last in its clause as naming, not a report (LCI, fr.de)', () => {
    expect(labels('LCI nennt es BMW, wenn der Motor startet.')[0]![0]).toBe('unsourced');
    expect(labels('Eine Glutenunverträglichkeit, auch Zöliakie genannt, ist häufig.')[0]![0]).toBe('unsourced');
    expect(labels('Diese Finanzierungsform nennt sich Entgeltumwandlung.')[0]![0]).toBe('unsourced');
    // An evaluation (a lower-case predicate), a quotation or a list after "als" is reported.
    expect(labels('Der Sprecher nennt den Vorfall besorgniserregend.')).toEqual([['sourced', 'Der Sprecher']]);
    expect(labels('Als Grund nannte die Ministerin Anna Berg den starken Regen.')[0]![0]).toBe('sourced');
  });
  it('takes a thing that shows something for no source, a document or a person for one (prototypes, fish)', () => {
    expect(labels('Die Prototypen zeigten bereits, was möglich ist.')[0]![0]).toBe('unsourced');
    expect(labels('Der Film zeigt, was Stärke wirklich bedeutet.')[0]![0]).toBe('unsourced');
    expect(labels('Die Zahlen des Instituts zeigen, dass die Mieten steigen.')[0]![0]).toBe('sourced');
    expect(labels('Der neue Jahresbericht zeigt, dass die Mieten steigen.')).toEqual([['sourced', 'Der neue Jahresbericht']]);
    // A document subject further back than twelve words still opens the clause.
    expect(labels('Die Zahlen aus den vielen kleinen und großen Häfen an allen drei nördlichen Küsten des Landes im Frühjahr zeigen, dass die Mieten steigen.')).toEqual([
      ['sourced', 'Die Zahlen'],
    ]);
  });
  it('reads the point of an ordinal or a date as no clause edge ("am 3. Oktober", "am 3.10.")', () => {
    expect(labels('Die Polizei hat am 3. Oktober mitgeteilt, dass niemand verletzt wurde.')).toEqual([['sourced', 'Die Polizei']]);
    expect(labels('Die Polizei hat am 3.10. mitgeteilt, dass niemand verletzt wurde.')).toEqual([['sourced', 'Die Polizei']]);
  });
  it('gives a court’s reasoning in reported speech to the court named before it (haufe.de)', () => {
    const court = labels('Die Einwendung des Anwalts ließ das OLG nicht gelten. Selbst wenn die Verfügung unter Mängeln leide, habe der Anwalt sie beachten müssen.');
    expect(court[1]).toEqual(['sourced', 'das OLG']);
    // A court the reported speech names after its verb is its topic, and the speaker stays the court before it.
    const topic = labels('Das Ordnungsgeld bewertete der Senat als rechtmäßig. Im Saal habe der Richter die Sitzungsgewalt. Die Höhe sei angemessen.');
    expect(topic.slice(1)).toEqual([['sourced', 'der Senat'], ['sourced', 'der Senat']]);
    // A person named Richter is no court.
    expect(labels('Er hat viel über Gerhard Richter gelesen. Es habe ihn beeindruckt.')[1]![0]).not.toBe('sourced');
  });
});
