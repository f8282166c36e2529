/**
 * German attribution and opinion words, written for this project (MIT) from the
 * annotation guide's German conventions (../shared/labelled-de/README.md) and a reading
 * of German news style; no German subjectivity corpus with an open licence exists, so the
 * evaluative list was written by hand from the categories of the English lexicon
 * (judgement of merit, size, importance; intensifiers; sentence adverbs of stance).
 * Lower case; patterns are regular-expression sources matched case-insensitively.
 */

/** A capitalised word: a noun or a name ("Polizei", "NDR", "Scheuer", "Kfz-Gewerbes"). */
const NOUN = String.raw`\p{Lu}[\p{L}\p{N}-]*(?:\.[\p{L}\p{N}]+)*`;
/** Inflected adjectives before a noun ("eigenen", "anderen"). */
const ADJECTIVES = String.raw`(?:\p{Ll}+(?:e|en|er|es|em)\s+){0,2}`;
/** A noun phrase: an optional article, adjectives, a noun and up to four more nouns or genitives ("der Landesverband des Kfz-Gewerbes Thüringen"). */
/** Up to four more nouns or genitives after a head; adjectives only after an article ("stiegen die Preise" is a verb). */
const MORE_NOUNS = String.raw`(?:\s+(?:(?:des|der|von|vom|für|aus|im)\s+${ADJECTIVES})?(?:${NOUN}|\(${NOUN}\))){0,4}`;
/** The first part of a truncated compound joined to the next noun ("Familien- und Frauenministerin"). */
const TRUNCATED = String.raw`(?:\p{Lu}[\p{L}\p{N}]*-\s+(?:und|oder)\s+)?`;
const NP = String.raw`(?:(?:de[mnrs]|die|das|ein|eine[mnrs]?|ihre[mnrs]?|seine[mnrs]?)\s+)?${ADJECTIVES}${TRUNCATED}${NOUN}${MORE_NOUNS}`;
/** A phrase after a preposition that governs its source ("von der Polizei", "des NDR"). */
const OF_NP = String.raw`(?:von|vom|des|der|dem|den)\s+${ADJECTIVES}${NOUN}${MORE_NOUNS}`;
/** What follows "von" or stands in the genitive: a noun phrase with or without its article ("der Polizei", "Innenminister Herbert Reul"). */
const OF_NP_TAIL = String.raw`(?:(?:des|der|dem|den)\s+)?${ADJECTIVES}${NOUN}${MORE_NOUNS}`;
const REPORT_NOUNS = 'Angaben|Informationen|Recherchen|Berechnungen|Schätzungen|Einschätzung|Darstellung|Auskunft|Aussagen?|Ansicht|Meinung|Worten|Daten|Zahlen|Erkenntnissen|Ermittlungen|Berichten';

/**
 * A source without a verb of saying; group `source` is who is cited. "laut X", "X zufolge",
 * "nach Angaben von X", "nach X-Recherchen", "so X" after a quotation or comma, "das Ergebnis
 * einer Recherche des X", "wie X berichtete".
 */
export const ACCORDING_TO = [
  String.raw`\b[Ll]aut\s+(?<source>${NP})`,
  String.raw`(?<![\p{L}\p{N}])(?<source>${NP})\s+zufolge\b`,
  // "von" is no part of the source ("nach Angaben von Innenminister Herbert Reul"), a genitive's article is ("der Feuerwehr").
  String.raw`\b[Nn]ach\s+(?:eigenen\s+)?(?:${REPORT_NOUNS})\s+(?:vo[nm]\s+)?(?<source>${OF_NP_TAIL})`,
  // "Nach den Plänen der Bahn", "nach den Worten des Ministers": the plans or words are the source's.
  String.raw`\b[Nn]ach\s+den\s+(?:${REPORT_NOUNS}|Plänen|Vorstellungen|Vorgaben|Prognosen)\s+(?:vo[nm]\s+)?(?<source>${OF_NP_TAIL})`,
  String.raw`\b[Nn]ach\s+(?<source>${NOUN})-(?:Recherchen|Informationen|Angaben|Berechnungen|Daten|Zahlen|Umfragen?)\b`,
  String.raw`\b[Nn]ach\s+(?<source>\p{Lu}\p{Ll}+(?:angaben|informationen|berichten|schätzungen|recherchen|daten|zahlen))\b`,
  // "so Chen Yongyi und Xiao Lihua": two speakers are one source.
  String.raw`(?:[“”"«»,–—]|\s-)\s*so\s+(?<source>${NP}(?:\s+und\s+${NP})?)(?:\s+\p{Ll}+){0,2}\s*(?:[.,;!?]|$)`,
  String.raw`\b[Ww]ie\s+aus\s+(?<source>[^,.;:!?]{3,80}?)\s+hervorg(?:eht|ing)\b`,
  String.raw`\bgeht\s+aus\s+(?<source>[^,.;:!?]{3,80}?)\s+hervor\b`,
  String.raw`\b(?:Ergebnis|Ergebnisse)\s+(?:einer|der|eines|des)\s+(?:Recherche|Recherchen|Untersuchung|Studie|Umfrage|Analyse|Auswertung)\s+(?<source>${OF_NP})`,
  String.raw`\b[Ww]ie\s+(?<source>${NP})\s+(?:berichtet|berichtete|meldet|meldete|schreibt|schrieb|mitteilte|mitteilt)\b`,
];

/** Documents, lower case: a link over one ("eine Studie", "in einem Interview") carries the claim it stands in. */
export const DOCUMENT_NOUNS = new Set([
  'studie', 'studien', 'bericht', 'berichte', 'berichts', 'berichtes', 'untersuchung', 'untersuchungen', 'analyse', 'analysen',
  'umfrage', 'umfragen', 'interview', 'interviews', 'mitteilung', 'pressemitteilung', 'erklärung', 'stellungnahme', 'statement',
  'veröffentlichung', 'artikel', 'beitrag', 'gutachten', 'papier', 'dokument', 'dokumente', 'lagebericht', 'übersicht',
  'risikobewertung', 'auswertung', 'daten', 'zahlen', 'statistik', 'urteil', 'beschluss', 'brief', 'schreiben', 'protokoll',
  // What a study reports: "Erste Tests des Geräts zeigen", "Ihre Ergebnisse zeigen".
  'erhebung', 'erhebungen', 'befragung', 'befragungen', 'experiment', 'experimente', 'test', 'tests', 'ergebnis', 'ergebnisse',
  'messung', 'messungen',
]);

/** The sentence reports its subject's own words: "nach eigenen Angaben", "Seinen Angaben nach". */
export const SELF_REPORTED = [
  String.raw`\b[Nn]ach\s+eigen(?:en|er)\s+(?:Angaben|Aussagen?|Worten|Darstellung|Auskunft|Einschätzung)\b`,
  String.raw`\beigenen\s+Angaben\s+zufolge\b`,
  String.raw`\b[Ee]igenen\s+Angaben\s+nach\b`,
];

/** The sentence goes on reporting the last source: "demnach", "den Angaben zufolge", "Seinen Angaben nach" (his: the last speaker's), "wie es weiter hieß". */
export const CARRIED = [
  String.raw`\b[Dd]emnach\b`,
  String.raw`\b(?:[Ss]einen|[Ii]hren)\s+(?:Angaben|Worten|Aussagen)\s+(?:nach|zufolge)\b`,
  String.raw`\b(?:[Ss]einer|[Ii]hrer)\s+(?:Ansicht|Meinung|Einschätzung|Darstellung)\s+nach\b`,
  String.raw`\b[Dd]en\s+Angaben\s+(?:zufolge|nach)\b`,
  String.raw`\b[Ww]eiter\s+hie(?:ß|ss)\s+es\b`,
  String.raw`\bwie\s+es\s+weiter\s+hie(?:ß|ss)\b`,
];

/** A source that asks not to be named, or is not: vague whatever its role. */
export const ANONYMOUS = [
  String.raw`\bnicht\s+(?:namentlich\s+)?genannt\s+(?:werden\s+)?(?:will|wollte|möchte|wollen|möchten)\b`,
  String.raw`\bder\s+(?:seinen|ihren)\s+Namen\s+nicht\b`,
  String.raw`\banonym\w*\b`,
  String.raw`\bungenannt\w*\b`,
];

/** A dateline on a line of its own: "Wiesbaden (KNA/iz).", "Berlin (dpa) -". */
export const DATELINES = [String.raw`^\p{Lu}[\p{L}.-]*(?:\s\p{Lu}[\p{L}.-]*)?\s*\([\p{L}/ ,.]{2,30}\)\s*[.:–—-]?$`];

/** Site furniture in German: whole lines that point elsewhere or describe the page. */
export const BOILERPLATE = [
  String.raw`^(?:Mehr|Weitere\s+Informationen|Weitere\s+Artikel|Mehr\s+Informationen)\s+(?:zu|zum|zur|über)\b.*:?$`,
  String.raw`^(?:Lesen|Hören|Sehen)\s+Sie\s+(?:auch|mehr|hier|den)\b`,
  String.raw`^Über\s+dies(?:es|en)\s+Thema\s+berichtete\b`,
  String.raw`^Dieser\s+(?:Beitrag|Artikel|Text)\s+(?:stammt|erschien|ist)\b`,
  String.raw`^(?:Das\s+Heft|Die\s+Ausgabe)\s+ist\b.*\berhältlich\b`,
  String.raw`^(?:mehr\s+anzeigen|Mehr\s+anzeigen|Zum\s+Artikel|Zur\s+Startseite|Anzeige|Feedback)$`,
  String.raw`^Den\s+(?:kompletten|vollständigen|ganzen)\s+(?:Beitrag|Artikel|Text)\s+lesen\s+Sie\b`,
  String.raw`^\((?:\p{Ll}{2,5}|\p{Lu}{2,5})\)$`,
  String.raw`^Stand:\s`,
];

/** A report without anyone named: "hieß es", "es heißt", "wird berichtet", "soll … haben". */
export const AGENTLESS = [
  String.raw`\bhie(?:ß|ss)\s+es\b`,
  String.raw`\b[Ee]s\s+hei(?:ß|ss)t\b`,
  String.raw`\bhei(?:ß|ss)t\s+es\b`,
  String.raw`\bwird\s+(?:berichtet|vermutet|befürchtet|erwartet|spekuliert|gemunkelt)\b`,
  String.raw`\bwurde\s+(?:berichtet|mitgeteilt)\b`,
  String.raw`\b(?:Berichten|Medienberichten|Schätzungen|Gerüchten)\s+zufolge\b`,
  String.raw`\b[Aa]ngeblich\b`,
  String.raw`\bsoll(?:en)?\s+(?:[\p{L}-]+\s+){1,8}?(?:haben|sein|worden\s+sein)\b`,
  String.raw`\bist\s+(?:zu\s+hören|zu\s+lesen)\b`,
  String.raw`\b(?:verlautete|verlautet)\b`,
];

/**
 * Nouns for one person that name nobody: opening a sentence ("Der Mann veröffentlicht …") such a
 * noun is whom a later "er" or "sie" means, a vague source.
 */
export const UNNAMED_PERSONS = new Set([
  'mann', 'frau', 'person', 'mensch', 'junge', 'mädchen', 'jugendliche', 'jugendlicher', 'aktivist', 'aktivistin', 'täter',
  'täterin', 'verdächtige', 'verdächtiger', 'angeklagte', 'angeklagter', 'beschuldigte', 'beschuldigter', 'zeuge', 'zeugin',
  'augenzeuge', 'augenzeugin', 'opfer', 'hacker', 'hackerin', 'informant', 'informantin', 'whistleblower', 'whistleblowerin',
  'insider', 'insiderin', 'nutzer', 'nutzerin', 'kunde', 'kundin', 'anwohner', 'anwohnerin', 'nachbar', 'nachbarin',
  'passant', 'passantin', 'fahrer', 'fahrerin', 'patient', 'patientin', 'mitarbeiter', 'mitarbeiterin', 'unbekannte',
  'unbekannter', 'rentner', 'rentnerin', 'student', 'studentin', 'schüler', 'schülerin', 'vater', 'mutter', 'besitzer',
  'besitzerin', 'betroffene', 'betroffener', 'geflüchtete', 'geflüchteter', 'flüchtling', 'soldat', 'soldatin',
]);

/** Endings of a noun for an office that speaks for a body: "ein Sprecher" of the company the story is about is no vague source. */
export const OFFICE_ENDINGS = ['sprecher', 'sprecherin', 'sprecherinnen', 'beauftragte', 'beauftragter'];

/** Heads of unnamed sources: a group, not a person or body one could ask. */
export const VAGUE_HEADS = new Set([
  'experten', 'expertinnen', 'expertin', 'experte', 'fachleute', 'beobachter', 'beobachterinnen', 'kreise', 'kreisen',
  'insider', 'kritiker', 'kritikerinnen', 'analysten', 'analystinnen', 'branchenkenner', 'kenner', 'beteiligte',
  'beteiligten', 'quellen', 'informanten', 'stimmen', 'gegner', 'befürworter', 'anwohner', 'anwohnerinnen', 'augenzeugen',
  'zeugen', 'forscher', 'forscherinnen', 'forschende', 'forschenden', 'wissenschaftler', 'wissenschaftlerinnen', 'ökonomen', 'ökonominnen', 'diplomaten',
  'verantwortliche', 'verantwortlichen', 'mitarbeiter', 'mitarbeitende', 'mitarbeiterinnen', 'beschäftigte', 'händler',
  'aktivisten', 'aktivistinnen', 'politiker', 'politikerinnen', 'studien', 'umfragen', 'berichte', 'medienberichte',
  'medienberichten', 'medien', 'schätzungen', 'branche', 'industrie', 'viele', 'einige', 'manche', 'andere', 'man',
  'jemand', 'sicherheitskreise', 'sicherheitskreisen', 'regierungskreise', 'regierungskreisen', 'parteikreise',
  'parteikreisen', 'unternehmenskreise', 'unternehmenskreisen', 'verhandlungskreise', 'verhandlungskreisen',
  'ermittlerkreise', 'ermittlerkreisen', 'behördenkreise', 'behördenkreisen', 'fachkreise', 'fachkreisen', 'ermittler',
  'behörden', 'verbraucherschützer', 'umweltschützer', 'ärzte', 'mediziner', 'juristen', 'ökonomen', 'bürger', 'nutzer',
  'kunden', 'fans', 'eltern', 'lehrer', 'landwirte', 'firmen', 'hersteller', 'autohäuser', 'autohändler', 'betreiber',
  'konkurrenten', 'wettbewerber', 'berichten', 'gerüchten', 'angaben', 'kritikern', 'experten', 'fachleuten', 'beobachtern',
  'brancheninformationen', 'branchenangaben', 'branchenkreisen', 'medienberichten', 'medieninformationen', 'presseberichten',
  'insiderinformationen', 'expertenschätzungen', 'marktbeobachtern', 'beobachterkreisen',
]);

/** Evaluative words: a judgement of merit, size or importance (stems: "katastrophal" matches "katastrophale"). */
export const EVALUATIVE = [
  'katastrophal', 'verheerend', 'dramatisch', 'skandal', 'skandalös', 'empörend', 'unerhört', 'unverschämt', 'absurd',
  'lächerlich', 'dumm', 'töricht', 'naiv', 'klug', 'weise', 'unklug', 'leichtsinnig', 'fahrlässig', 'gefährlich',
  'bedenklich', 'besorgniserregend', 'beunruhigend', 'alarmierend', 'erschreckend', 'schockierend', 'beschämend',
  'peinlich', 'unfair', 'ungerecht', 'gerecht', 'falsch', 'richtig', 'heuchlerisch', 'verlogen', 'fragwürdig',
  'zweifelhaft', 'umstritten', 'problematisch', 'inakzeptabel', 'unannehmbar', 'unverzeihlich', 'bewundernswert',
  'lobenswert', 'mutig', 'feige', 'schwach', 'stark', 'riesig', 'enorm', 'gewaltig', 'immens', 'winzig', 'mickrig',
  'bedeutend', 'bedeutsam', 'wichtig', 'entscheidend', 'zentral', 'wesentlich', 'grundlegend', 'gravierend', 'ernst',
  'schwerwiegend', 'düster', 'trostlos', 'chaotisch', 'ungeschickt', 'elegant', 'clever', 'raffiniert', 'primitiv',
  'rückständig', 'überlegen', 'unterlegen', 'beispiellos', 'historisch', 'drastisch', 'radikal', 'extrem', 'übertrieben',
  'maßlos', 'interessant', 'faszinierend', 'langweilig', 'öde', 'enttäuschend', 'frustrierend', 'traurig', 'tragisch',
  'bedauerlich', 'bedauerlicherweise', 'leider', 'glücklicherweise', 'zum glück', 'erfreulich', 'erfreulicherweise',
  'ironischerweise', 'offensichtlich', 'selbstverständlich', 'zweifellos', 'zweifelsohne', 'unbestreitbar', 'ehrlich gesagt',
  'schlicht', 'bloß', 'wirklich', 'unglaublich', 'äußerst', 'extrem', 'zutiefst', 'massiv', 'dringend', 'verzweifelt',
  'dreist', 'eklatant', 'berüchtigt', 'parteiisch', 'einseitig', 'propaganda', 'farce', 'desaster', 'debakel', 'fiasko',
  'versagen', 'totalversagen', 'erfolg', 'triumph', 'katastrophe', 'bedrohung', 'marionette', 'schön', 'hässlich', 'gut',
  'besser', 'am besten', 'schlecht', 'schlechter', 'schlimm', 'schlimmer', 'am schlimmsten', 'toll', 'großartig',
  'hervorragend', 'ausgezeichnet', 'brillant', 'wunderbar', 'fantastisch', 'phantastisch', 'herausragend', 'beeindruckend',
  'bemerkenswert', 'außergewöhnlich', 'sinnvoll', 'sinnlos', 'nutzlos', 'wertvoll', 'wertlos', 'wirksam', 'unwirksam',
  'effizient', 'ineffizient', 'teuer', 'billig', 'günstig', 'überfällig', 'längst', 'höchste zeit', 'zu spät', 'zu wenig',
  'zu viel', 'viel zu', 'unzureichend', 'mangelhaft', 'dilettantisch', 'fatal', 'fehler', 'irrsinn', 'wahnsinn', 'unsinn',
  'populistisch', 'scheinheilig', 'zynisch', 'arrogant', 'ignorant', 'respektlos', 'würdelos', 'unwürdig', 'vorbildlich',
];

/** Hedges and speculation: the author does not assert a fact. */
export const HEDGES = [
  'vielleicht', 'möglicherweise', 'vermutlich', 'wahrscheinlich', 'wohl', 'eventuell', 'womöglich', 'anscheinend',
  'scheinbar', 'scheint', 'scheinen', 'schien', 'dürfte', 'dürften', 'könnte', 'könnten', 'müsste', 'müssten', 'würde', 'würden', 'mag', 'mögen', 'kann sein', 'denkbar', 'gegebenenfalls', 'unter umständen',
  'in gewisser weise', 'gewissermaßen', 'sozusagen', 'angeblich', 'offenbar', 'es sei denn', 'als ob',
];

/** Predictions: claims about the future that cannot yet be checked. */
// "wird" and "werden" are left out: as often the passive ("wird gezahlt") as the future.
export const PREDICTIONS = [
  'voraussichtlich', 'demnächst', 'bald', 'künftig', 'zukünftig', 'in zukunft', 'dürfte',
  'dürften', 'droht', 'drohen', 'steht bevor', 'stehen bevor', 'absehbar', 'auf dauer', 'langfristig', 'prognose',
];

/** The author's own judgement: first person, advice, direct address (a stance, below, is enough on its own). */
export const FIRST_PERSON = [
  'meiner meinung nach', 'meines erachtens', 'aus meiner sicht', 'wir sollten', 'man sollte', 'es ist zeit',
  // "sollte" gives advice ("Wer oft wechselt, sollte leasen"): the author's recommendation.
  'sollte', 'sollten',
  'es wird zeit', 'ich', 'mir', 'mich', 'mein', 'meine',
];

/** A verb of expecting, hoping, fearing or believing after or before "ich"/"wir", in the present. */
const STANCE_VERBS = [
  ['erwarte', 'erwarten'], ['hoffe', 'hoffen'], ['fürchte', 'fürchten'], ['befürchte', 'befürchten'], ['glaube', 'glauben'],
  ['meine', 'meinen'], ['denke', 'denken'], ['bezweifle', 'bezweifeln'], ['vermute', 'vermuten'],
  ['empfehle', 'empfehlen'], ['plädiere', 'plädieren'], ['bin überzeugt', 'sind überzeugt'],
  ['bin sicher', 'sind sicher'], ['gehe davon aus', 'gehen davon aus'],
  // An impression or a view of one's own ("wir haben den Eindruck, dass …", "Ich bin der Meinung, …").
  ['habe den eindruck', 'haben den eindruck'], ['bin der meinung', 'sind der meinung'], ['bin der ansicht', 'sind der ansicht'],
] as const;

/**
 * The author's stance, enough on its own for an opinion where nobody else is cited: "ich erwarte", "hoffe ich",
 * "wir fürchten", an obligation with nobody named ("es muss", "man muss", "wir müssen"), and a verdict or demand in a
 * modal whoever is named ("hätte … müssen", "darf niemals"); " … " is a gap within the clause.
 */
export const STANCES = [
  ...STANCE_VERBS.flatMap(([singular, plural]) => {
    const [verb, ...rest] = singular.split(' ');
    const [pluralVerb, ...pluralRest] = plural.split(' ');
    // "Ich erwarte" and, after an opening phrase, "Deshalb erwarte ich"; "bin ich überzeugt".
    return [`ich ${singular}`, `wir ${plural}`, [verb, 'ich', ...rest].join(' '), [pluralVerb, 'wir', ...pluralRest].join(' ')];
  }),
  // Not "finde ich", "wir finden" ("Hier finden wir …"), "wir wünschen" ("Wir wünschen Ihnen …"): as often finding and greeting.
  'ich finde', 'ich wünsche mir', 'wir wünschen uns',
  'meiner meinung nach', 'meiner ansicht nach', 'unserer meinung nach', 'unserer ansicht nach', 'meines erachtens', 'unseres erachtens',
  'es muss', 'es müsste', 'man muss', 'muss man', 'man müsste', 'müsste man', 'wir müssen', 'müssen wir',
  // A verdict on what was or was not done, whoever the subject: an obligation in the past counterfactual ("Man hätte
  // die Warnungen ernst nehmen müssen", "Das hätte nie passieren dürfen").
  'hätte … müssen', 'hätten … müssen', 'hätte … sollen', 'hätten … sollen', 'hätte … dürfen', 'hätten … dürfen',
  // A prohibition for all time ("Sein Vermächtnis darf niemals in Vergessenheit geraten"): a demand, not a rule's wording.
  'darf … niemals', 'dürfen … niemals', 'darf … nie', 'dürfen … nie',
  // An obligation with "endlich", impatience that it is not met yet ("Die Lohnlücke muss endlich geschlossen werden").
  'muss … endlich', 'müssen … endlich', 'müsste … endlich', 'müssten … endlich', 'sollte … endlich', 'sollten … endlich',
];

/**
 * Konjunktiv I forms that differ from the indicative (3rd person): on their own they mark
 * reported speech, so a sentence in them carries the last speaker on ("Er habe … Das sei …").
 */
export const REPORTED_SPEECH_MARKERS = new Set([
  'sei', 'seien', 'seiest', 'habe', 'werde', 'könne', 'müsse', 'dürfe', 'wolle', 'solle', 'möge', 'wisse', 'gebe', 'liege',
  'gehe', 'komme', 'stehe', 'bleibe', 'fehle', 'brauche', 'zeige', 'plane', 'arbeite', 'handle', 'halte', 'sehe', 'lasse',
  'gelte', 'mache', 'trage', 'sorge', 'setze', 'biete', 'erwarte', 'rechne', 'lehne', 'wünsche', 'hoffe', 'glaube', 'wolle',
  'befinde', 'verfüge', 'betreffe', 'bedeute', 'entstehe', 'entspreche', 'erfolge', 'funktioniere', 'gehöre', 'helfe',
  'hänge', 'spiele', 'treffe', 'verliere', 'gewinne', 'laufe', 'führe', 'bringe', 'nehme', 'finde', 'kenne', 'nenne',
  'beginne', 'ende', 'koste', 'steige', 'sinke', 'wachse', 'falle', 'reiche', 'zwinge', 'bringe', 'gäbe',
  // Konjunktiv II in the plural stands in for Konjunktiv I where that equals the indicative ("sie könnten" for "sie können");
  // the singular ("könnte") is as often the author's own hedge. Not "gingen", "ließen": the past indicative is the same word.
  'hätten', 'wären', 'würden', 'könnten', 'müssten', 'dürften', 'lägen', 'kämen',
]);
