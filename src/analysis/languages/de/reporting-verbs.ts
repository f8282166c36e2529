import type { ReportingKind } from '../types';

/**
 * German verbs of saying, finding, believing and promising, every form a news text uses:
 * present, past, participle, Konjunktiv I and II, zu-infinitive. Written for this project
 * (MIT) after the pattern of the Gender Gap Tracker's quote-verb list
 * (github.com/sfu-discourse-lab/GenderGapTracker, MIT) and the cue words of SpkAtt-2023
 * (Bundestag speeches, CC BY-SA 4.0: only the words were looked at, no text is copied).
 *
 * Weak verbs are given by stem and inflected by rule; strong and mixed verbs list their
 * stems (present 3rd person, past, participle). A separable verb ("teilte … mit") names
 * its particle: its split forms count only with the particle later in the sentence.
 */
interface VerbEntry {
  lemma: string;
  kind: ReportingKind;
  /** Weak verb: the stem ("sag", "bericht", "kritisier"). */
  stem?: string;
  /** Strong or mixed verb: [present 3rd sg., past sg., participle, Konjunktiv II sg.]. */
  strong?: readonly [string, string, string, string];
  /** Separable prefix ("mit" of "mitteilen"). */
  particle?: string;
  /** Reports only what it opens ("dass …", a colon, a quotation): "fand Nahrung", "ins Leben gerufen", "mit ihnen redeten" report nothing. */
  opens?: true;
}

const weak = (lemma: string, kind: ReportingKind, stem: string, particle?: string): VerbEntry => ({ lemma, kind, stem, ...(particle ? { particle } : {}) });
/** A verb that reports only what it opens (see `VerbEntry.opens`). */
const opening = (entry: VerbEntry): VerbEntry => ({ ...entry, opens: true });
const strong = (lemma: string, kind: ReportingKind, forms: readonly [string, string, string, string], particle?: string): VerbEntry => ({
  lemma,
  kind,
  strong: forms,
  ...(particle ? { particle } : {}),
});

const VERBS: readonly VerbEntry[] = [
  weak('sagen', 'speech', 'sag'),
  weak('erklären', 'speech', 'erklär'),
  weak('betonen', 'speech', 'beton'),
  weak('kritisieren', 'speech', 'kritisier'),
  weak('warnen', 'commitment', 'warn'),
  weak('mitteilen', 'speech', 'teil', 'mit'),
  weak('berichten', 'speech', 'bericht'),
  weak('äußern', 'speech', 'äußer'),
  weak('erläutern', 'speech', 'erläuter'),
  weak('ergänzen', 'speech', 'ergänz'),
  weak('bestätigen', 'speech', 'bestätig'),
  weak('dementieren', 'speech', 'dementier'),
  weak('behaupten', 'speech', 'behaupt'),
  weak('argumentieren', 'speech', 'argumentier'),
  weak('mahnen', 'commitment', 'mahn'),
  weak('ermahnen', 'commitment', 'ermahn'),
  weak('fordern', 'commitment', 'forder'),
  weak('verlangen', 'commitment', 'verlang'),
  weak('loben', 'speech', 'lob'),
  weak('beklagen', 'speech', 'beklag'),
  weak('bemängeln', 'speech', 'bemängel'),
  weak('antworten', 'speech', 'antwort'),
  weak('kontern', 'speech', 'konter'),
  weak('erzählen', 'speech', 'erzähl'),
  weak('twittern', 'speech', 'twitter'),
  weak('posten', 'speech', 'post'),
  weak('zitieren', 'speech', 'zitier'),
  weak('klagen', 'speech', 'klag'),
  weak('fragen', 'speech', 'frag'),
  weak('versichern', 'speech', 'versicher'),
  weak('hinzufügen', 'speech', 'füg', 'hinzu'),
  weak('ankündigen', 'commitment', 'kündig', 'an'),
  weak('einräumen', 'speech', 'räum', 'ein'),
  weak('klarstellen', 'speech', 'stell', 'klar'),
  strong('festhalten', 'speech', ['hält', 'hielt', 'gehalten', 'hielte'], 'fest'),
  weak('darlegen', 'speech', 'leg', 'dar'),
  weak('melden', 'finding', 'meld'),
  weak('informieren', 'speech', 'informier'),
  weak('bezeichnen', 'speech', 'bezeichn'),
  weak('schildern', 'speech', 'schilder'),
  weak('appellieren', 'commitment', 'appellier'),
  weak('prognostizieren', 'finding', 'prognostizier'),
  // A court's or a body's ruling reports what it opens ("Das Gericht urteilte, dass …").
  weak('urteilen', 'finding', 'urteil'),
  strong('entscheiden', 'finding', ['entscheidet', 'entschied', 'entschieden', 'entschiede']),
  strong('beschließen', 'finding', ['beschließt', 'beschloss', 'beschlossen', 'beschlösse']),
  weak('schätzen', 'finding', 'schätz'),
  weak('rechnen', 'cognition', 'rechn'),
  opening(weak('glauben', 'cognition', 'glaub')),
  opening(weak('meinen', 'cognition', 'mein')),
  weak('befürchten', 'cognition', 'befürcht'),
  weak('fürchten', 'cognition', 'fürcht'),
  opening(weak('hoffen', 'cognition', 'hoff')),
  weak('erwarten', 'cognition', 'erwart'),
  weak('vermuten', 'cognition', 'vermut'),
  weak('bezweifeln', 'cognition', 'bezweifel'),
  weak('zeigen', 'finding', 'zeig'),
  weak('belegen', 'finding', 'beleg'),
  weak('feststellen', 'finding', 'stell', 'fest'),
  weak('ermitteln', 'finding', 'ermittel'),
  weak('berechnen', 'finding', 'berechn'),
  weak('veröffentlichen', 'finding', 'veröffentlich'),
  weak('beziffern', 'finding', 'beziffer'),
  weak('bilanzieren', 'finding', 'bilanzier'),
  weak('resümieren', 'speech', 'resümier'),
  weak('kommentieren', 'speech', 'kommentier'),
  weak('signalisieren', 'speech', 'signalisier'),
  weak('präzisieren', 'speech', 'präzisier'),
  weak('monieren', 'speech', 'monier'),
  weak('bekräftigen', 'speech', 'bekräftig'),
  weak('beteuern', 'speech', 'beteuer'),
  weak('zusichern', 'commitment', 'sicher', 'zu'),
  weak('reden', 'speech', 'red'),
  opening(weak('diskutieren', 'speech', 'diskutier')),
  weak('erwähnen', 'speech', 'erwähn'),
  strong('ansprechen', 'speech', ['spricht', 'sprach', 'gesprochen', 'spräche'], 'an'),
  weak('erinnern', 'speech', 'erinner'),
  strong('vorschlagen', 'commitment', ['schlägt', 'schlug', 'geschlagen', 'schlüge'], 'vor'),
  weak('begründen', 'speech', 'begründ'),
  weak('bedauern', 'speech', 'bedauer'),
  weak('formulieren', 'speech', 'formulier'),
  weak('ausführen', 'speech', 'führ', 'aus'),
  weak('darstellen', 'speech', 'stell', 'dar'),
  weak('wiederholen', 'speech', 'wiederhol'),
  weak('plädieren', 'commitment', 'plädier'),
  weak('leugnen', 'speech', 'leugn'),
  weak('anmahnen', 'commitment', 'mahn', 'an'),
  opening(weak('debattieren', 'speech', 'debattier')),
  weak('beantworten', 'speech', 'beantwort'),
  strong('vortragen', 'speech', ['trägt', 'trug', 'getragen', 'trüge'], 'vor'),
  strong('bitten', 'commitment', ['bittet', 'bat', 'gebeten', 'bäte']),
  strong('beweisen', 'finding', ['beweist', 'bewies', 'bewiesen', 'bewiese']),
  weak('begrüßen', 'speech', 'begrüß'),
  strong('sprechen', 'speech', ['spricht', 'sprach', 'gesprochen', 'spräche']),
  strong('schreiben', 'speech', ['schreibt', 'schrieb', 'geschrieben', 'schriebe']),
  strong('bestreiten', 'speech', ['bestreitet', 'bestritt', 'bestritten', 'bestritte']),
  strong('nennen', 'speech', ['nennt', 'nannte', 'genannt', 'nennte']),
  strong('zugeben', 'speech', ['gibt', 'gab', 'gegeben', 'gäbe'], 'zu'),
  strong('bekanntgeben', 'speech', ['gibt', 'gab', 'gegeben', 'gäbe'], 'bekannt'),
  strong('vorwerfen', 'speech', ['wirft', 'warf', 'geworfen', 'würfe'], 'vor'),
  strong('hinweisen', 'speech', ['weist', 'wies', 'gewiesen', 'wiese'], 'hin'),
  strong('verweisen', 'speech', ['verweist', 'verwies', 'verwiesen', 'verwiese']),
  // Separable verbs whose particle would otherwise make the simple verb's form another verb's ("wies … zurück").
  strong('zurückweisen', 'speech', ['weist', 'wies', 'gewiesen', 'wiese'], 'zurück'),
  weak('auffordern', 'commitment', 'forder', 'auf'),
  strong('aussprechen', 'speech', ['spricht', 'sprach', 'gesprochen', 'spräche'], 'aus'),
  strong('anmerken', 'speech', ['merkt', 'merkte', 'gemerkt', 'merkte'], 'an'),
  strong('einwenden', 'speech', ['wendet', 'wandte', 'gewandt', 'wendete'], 'ein'),
  strong('entgegnen', 'speech', ['entgegnet', 'entgegnete', 'entgegnet', 'entgegnete']),
  strong('erwidern', 'speech', ['erwidert', 'erwiderte', 'erwidert', 'erwiderte']),
  opening(strong('rufen', 'speech', ['ruft', 'rief', 'gerufen', 'riefe'])),
  strong('aufrufen', 'commitment', ['ruft', 'rief', 'gerufen', 'riefe'], 'auf'),
  strong('versprechen', 'commitment', ['verspricht', 'versprach', 'versprochen', 'verspräche']),
  strong('empfehlen', 'speech', ['empfiehlt', 'empfahl', 'empfohlen', 'empföhle']),
  strong('raten', 'speech', ['rät', 'riet', 'geraten', 'riete']),
  strong('beschreiben', 'speech', ['beschreibt', 'beschrieb', 'beschrieben', 'beschriebe']),
  strong('ergeben', 'finding', ['ergibt', 'ergab', 'ergeben', 'ergäbe']),
  strong('herausfinden', 'finding', ['findet', 'fand', 'gefunden', 'fände'], 'heraus'),
  opening(strong('wissen', 'cognition', ['weiß', 'wusste', 'gewusst', 'wüsste'])),
  opening(strong('denken', 'cognition', ['denkt', 'dachte', 'gedacht', 'dächte'])),
  opening(strong('finden', 'cognition', ['findet', 'fand', 'gefunden', 'fände'])),
  opening(strong('ausgehen', 'cognition', ['geht', 'ging', 'gegangen', 'ginge'], 'aus')),
  strong('einschätzen', 'finding', ['schätzt', 'schätzte', 'geschätzt', 'schätzte'], 'ein'),
  strong('voraussagen', 'finding', ['sagt', 'sagte', 'gesagt', 'sagte'], 'voraus'),
  strong('unterstreichen', 'speech', ['unterstreicht', 'unterstrich', 'unterstrichen', 'unterstriche']),
  strong('verkünden', 'speech', ['verkündet', 'verkündete', 'verkündet', 'verkündete']),
];

/** Prefixes that take no "ge-" in the participle ("erklärt", not "geerklärt"). */
const NO_GE = /^(?:be|er|ver|ent|zer|emp|miss|ge|hinter|über|unter|wider)|ier$/u;

/** "bezeichnet", "rechnet", "leugnet" take the -e-; after a vowel's lengthening h they do not ("erwähnt", "wohnt"). */
const linkingE = (stem: string) => (/(?:[td]|(?:[^aeiouäöülrh]|ch)[mn])$/u.test(stem) ? 'e' : '');

function weakParticiple(stem: string): string {
  return NO_GE.test(stem) ? `${stem}${linkingE(stem)}t` : `ge${stem}${linkingE(stem)}t`;
}

/** The forms of a weak verb's stem: present, past, participle, Konjunktiv I/II, infinitive. */
function weakForms(stem: string): string[] {
  const linking = linkingE(stem);
  const participle = weakParticiple(stem);
  // "äußern", "fordern" (unstressed -er, -el), but "kritisieren": -ier verbs take -en.
  const lemma = /(?<!i)(?:el|er)$/u.test(stem) ? `${stem}n` : `${stem}en`;
  return [
    `${stem}e`, `${stem}${linking}t`, lemma, `${stem}${linking}te`, `${stem}${linking}ten`, `${stem}${linking}tet`, participle, `${stem}et`,
  ];
}

/** The forms of a strong verb: its given stems with the plural and Konjunktiv endings. */
function strongForms(lemma: string, [present, past, participle, subjunctive]: readonly [string, string, string, string], particle?: string): string[] {
  const infinitive = particle ? lemma.slice(particle.length) : lemma;
  const presentStem = infinitive.replace(/e?n$/u, '');
  const pastPlural = /e$/u.test(past) ? `${past}n` : `${past}en`;
  return [present, past, pastPlural, participle, subjunctive, `${subjunctive}n`, infinitive, `${presentStem}e`, `${presentStem}t`];
}

/** Forms as a main clause writes them: with the particle split off ("teilte"). */
function splitForms(entry: VerbEntry): string[] {
  return entry.stem ? weakForms(entry.stem).filter((f) => !f.startsWith('ge')) : strongForms(entry.lemma, entry.strong!, entry.particle).filter((f) => f !== entry.strong![2]);
}

/** Forms with the particle joined ("mitteilte", "mitgeteilt", "mitzuteilen"). */
function joinedForms(entry: VerbEntry): string[] {
  const particle = entry.particle ?? '';
  const forms = entry.stem ? weakForms(entry.stem) : strongForms(entry.lemma, entry.strong!, entry.particle);
  const joined = forms.map((f) => `${particle}${f}`);
  if (particle) joined.push(`${particle}zu${entry.lemma.slice(particle.length)}`);
  return joined;
}

type Reporting = { lemma: string; kind: ReportingKind };

/** Every joined or unseparated form → its verb. */
/**
 * Forms that are another word far more often: "bitte" is the particle of a request ("bitte das Bild anklicken");
 * of SpkAtt-2023's 59 in its train speeches 42 are no cue, the rest the speaker's own "ich bitte", which news leaves alone.
 * "geraten" is "in Brand geraten", "in die Kritik geraten" far more than the participle of "raten": all 11 in SpkAtt's
 * speeches (every split) are "in X geraten", none a cue.
 */
const NOT_REPORTING = new Set(['bitte', 'geraten']);

export const GERMAN_REPORTING_FORMS: ReadonlyMap<string, Reporting> = (() => {
  const forms = new Map<string, Reporting>();
  for (const entry of VERBS) for (const form of joinedForms(entry)) if (!forms.has(form) && !NOT_REPORTING.has(form)) forms.set(form, { lemma: entry.lemma, kind: entry.kind });
  return forms;
})();

/** The split forms of separable verbs ("teilte") → the verbs they may belong to, with their particles. */
export const GERMAN_SEPARABLE_FORMS: ReadonlyMap<string, ReadonlyArray<Reporting & { particle: string }>> = (() => {
  const forms = new Map<string, Array<Reporting & { particle: string }>>();
  for (const entry of VERBS) {
    if (!entry.particle) continue;
    for (const form of splitForms(entry)) {
      const list = forms.get(form) ?? [];
      if (!list.some((verb) => verb.lemma === entry.lemma)) list.push({ lemma: entry.lemma, kind: entry.kind, particle: entry.particle });
      forms.set(form, list);
    }
  }
  return forms;
})();

/** Verbs that report only what they open: every verb of finding, and those of saying or believing marked `opens`. */
export const GERMAN_OPENING_VERBS: ReadonlySet<string> = new Set(VERBS.filter((entry) => entry.kind === 'finding' || entry.opens).map((entry) => entry.lemma));

/** Participles ("gesagt", "mitgeteilt", "erklärt"): after an auxiliary of the passive they name no speaker in the subject. */
export const GERMAN_PARTICIPLES: ReadonlySet<string> = new Set(
  VERBS.map((entry) => `${entry.particle ?? ''}${entry.stem ? weakParticiple(entry.stem) : entry.strong![2]}`),
);

/** Zu-infinitives with the particle joined ("mitzuteilen", "darzulegen"): like "zu sagen", they report nothing of their own. */
export const GERMAN_ZU_INFINITIVES: ReadonlySet<string> = new Set(VERBS.filter((entry) => entry.particle).map((entry) => `${entry.particle}zu${entry.lemma.slice(entry.particle!.length)}`));
