import type { LexicalClaimData } from '../lexical-claims';
import { ACCORDING_TO, AGENTLESS, ANONYMOUS, BOILERPLATE, CARRIED, DATELINES, DOCUMENT_NOUNS, EVALUATIVE, FIRST_PERSON, HEDGES, OFFICE_ENDINGS, PREDICTIONS, REPORTED_SPEECH_MARKERS, SELF_REPORTED, STANCES, UNNAMED_PERSONS, VAGUE_HEADS } from './claim-words';
import { GERMAN_OPENING_VERBS, GERMAN_PARTICIPLES, GERMAN_REPORTING_FORMS, GERMAN_SEPARABLE_FORMS, GERMAN_ZU_INFINITIVES } from './reporting-verbs';

/** Everything the claims stage reads for German. */
export const GERMAN_CLAIM_DATA: LexicalClaimData = {
  lexicon: {
    reportingForms: GERMAN_REPORTING_FORMS,
    vagueHeads: VAGUE_HEADS,
    evaluative: EVALUATIVE,
    hedges: HEDGES,
    predictions: PREDICTIONS,
    firstPerson: FIRST_PERSON,
  },
  separableForms: GERMAN_SEPARABLE_FORMS,
  separableParticles: new Set([
    // Not those that are as often adverbs closing a clause: "sagte er weiter", "wieder", "klar", "gegenüber", "zuvor".
    'ab', 'an', 'auf', 'aus', 'bei', 'dar', 'ein', 'fest', 'fort', 'her', 'heraus', 'herein', 'hervor', 'hin', 'hinaus', 'hinzu',
    'los', 'mit', 'nach', 'statt', 'teil', 'vor', 'voran', 'voraus', 'vorbei', 'weg', 'zu', 'zurück', 'zusammen', 'bekannt', 'kund',
    'nieder', 'entgegen',
  ]),
  openingVerbs: GERMAN_OPENING_VERBS,
  participles: GERMAN_PARTICIPLES,
  zuInfinitives: GERMAN_ZU_INFINITIVES,
  namingVerbs: new Set(['nennen']),
  listMarkers: new Set(['als', 'Als']),
  showingVerbs: new Set(['zeigen', 'belegen', 'beweisen']),
  courts: {
    // Not "AG" (as often Aktiengesellschaft) nor "Kammer" (Handelskammer).
    words: new Set(['olg', 'lg', 'bgh', 'bverfg', 'bverwg', 'bag', 'bfh', 'bsg', 'eugh', 'egmr', 'vg', 'ovg', 'vgh', 'lag', 'lsg', 'senat']),
    endings: ['gericht', 'gerichtshof', 'richter', 'richterin', 'richterinnen'],
  },
  coordinators: new Set(['und', 'oder', 'aber', 'sondern', 'denn', 'doch', 'jedoch']),
  relativePronouns: new Set(['der', 'die', 'das', 'dem', 'den', 'denen', 'dessen', 'deren', 'welcher', 'welche', 'welches', 'welchem', 'welchen', 'was', 'wo']),
  accordingTo: ACCORDING_TO,
  agentless: AGENTLESS,
  reportedSpeechMarkers: REPORTED_SPEECH_MARKERS,
  quoteMarks: new Set(['„', '“', '”', '"', '»', '«']),
  speakerPronouns: new Set(['er', 'sie']),
  firstPersonPronouns: new Set(['ich', 'wir']),
  genericPronouns: new Set(['man', 'wer']),
  finiteAuxiliaries: new Set([
    'hat', 'hatte', 'hatten', 'haben', 'habe', 'ist', 'war', 'waren', 'sind', 'sei', 'wird', 'wurde', 'wurden', 'werden', 'kann', 'konnte',
    'könne', 'will', 'wollte', 'muss', 'musste', 'soll', 'sollte', 'darf', 'durfte', 'mag', 'möchte',
  ]),
  subjectSkips: new Set(['auch', 'zudem', 'außerdem', 'dabei', 'damals', 'jetzt', 'nun', 'heute', 'gestern', 'bereits', 'etwa', 'dazu', 'daraufhin', 'weiter', 'ebenfalls', 'noch', 'dann', 'schon', 'gegenüber', 'kürzlich', 'zuletzt',
    // Pronouns in the dative: "sagt uns die Quelle", "sagte ihm der Minister".
    'uns', 'mir', 'ihm', 'ihnen', 'dir', 'euch']),
  determiners: new Set(['der', 'die', 'das', 'des', 'dem', 'den', 'ein', 'eine', 'einer', 'eines', 'einem', 'einen', 'dieser', 'diese', 'dieses', 'sein', 'seine', 'ihr', 'ihre', 'mehrere', 'viele', 'einige']),
  indefinites: new Set(['ein', 'eine', 'einer', 'eines', 'einem', 'einen', 'mehrere', 'viele', 'einige', 'manche']),
  selfReported: SELF_REPORTED,
  carried: CARRIED,
  anonymous: ANONYMOUS,
  infinitiveMarkers: new Set(['zu']),
  contentOpeners: new Set(['dass', 'ob', 'wie', 'wonach', 'warum', 'weshalb', 'was', 'wer']),
  boilerplate: BOILERPLATE,
  datelines: DATELINES,
  adjectiveEndings: new Set(['e', 'en', 'er', 'es', 'em', 'ere', 'eren', 'erer', 'eres', 'erem', 'ste', 'sten', 'ster', 'stes', 'stem']),
  reflexives: new Set(['sich']),
  // Read as conjunctions only before a verb that closes its clause ("Während der Sitzung sagte er" is a preposition's).
  subordinators: new Set(['solange', 'wenn', 'weil', 'ob', 'dass', 'bevor', 'nachdem', 'obwohl', 'obgleich', 'falls', 'sobald', 'sofern', 'indem', 'seitdem', 'weshalb', 'warum', 'wonach', 'während', 'als', 'wie', 'da']),
  objectDeterminers: new Set(['den', 'dem', 'des', 'einer', 'einen', 'einem', 'eines', 'seinen', 'seinem', 'seines', 'ihren', 'ihrem', 'ihres', 'diesen', 'diesem', 'jenen', 'jenem']),
  prepositions: new Set(['von', 'vom', 'mit', 'nach', 'aus', 'zu', 'zum', 'zur', 'bei', 'beim', 'seit', 'für', 'gegen', 'ohne', 'um', 'durch', 'in', 'im', 'ins', 'an', 'am', 'ans', 'auf', 'über', 'unter', 'vor', 'hinter', 'neben', 'zwischen', 'wegen', 'trotz', 'laut', 'gegenüber', 'innerhalb', 'außerhalb', 'bis', 'ab']),
  documentNouns: DOCUMENT_NOUNS,
  caseAmbiguousDeterminers: new Set(['die', 'das', 'eine', 'diese', 'dieses', 'seine', 'ihre']),
  unnamedPersons: UNNAMED_PERSONS,
  officeEndings: OFFICE_ENDINGS,
  pluralEndings: ['en', 'ern', 'eln', 'sind', 'waren'],
  passiveAuxiliaries: new Set(['wird', 'werden', 'wurde', 'wurden', 'worden']),
  nonSources: new Set([
    'das', 'dies', 'es', 'so', 'da', 'dann', 'dort', 'hier', 'damit', 'dazu', 'daher', 'deshalb', 'nun', 'jetzt', 'heute',
    // Pronominal and linking adverbs that open a clause ("Darauf hätten die Vertreter … hinweisen können").
    'darauf', 'darüber', 'davon', 'dafür', 'dagegen', 'daran', 'darin', 'dabei', 'daraus', 'darum', 'danach', 'davor', 'hierzu',
    'hierfür', 'hiervon', 'hierbei', 'dennoch', 'trotzdem', 'deswegen', 'allerdings', 'jedoch', 'doch', 'aber', 'also', 'vielmehr', 'stattdessen',
    'und', 'oder', 'denn', 'sondern',
    // Sentence adverbs that open a clause ("Natürlich kann man …", "Vielleicht leugnen sie").
    'natürlich', 'vielleicht', 'schließlich', 'tatsächlich', 'offenbar', 'offensichtlich', 'zumindest', 'immerhin', 'eigentlich',
    'jedenfalls', 'inzwischen', 'mittlerweile', 'zunächst', 'anschließend', 'gleichzeitig', 'zugleich', 'bislang', 'bisher',
    'derzeit', 'später', 'früher', 'zuvor', 'oft', 'häufig', 'manchmal', 'vermutlich', 'wahrscheinlich', 'möglicherweise',
    'sicherlich', 'zwar', 'kaum', 'leider', 'hoffentlich', 'angeblich', 'ebenso', 'genauso', 'zuerst', 'einst', 'erst',
    // "Beide sagen Nein.": an answer is no speaker.
    'nein', 'ja',
    // "Wer sich für … entscheidet": whoever is nobody.
    'wer', 'was', 'wen', 'wem',
    // Times: "Gestern Abend gab das Unternehmen … bekannt und verwies".
    'morgen', 'abend', 'mittag', 'nacht', 'vormittag', 'nachmittag', 'tag', 'woche', 'wochenende', 'monat', 'jahr', 'anfang', 'mitte', 'ende',
    'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonnabend', 'sonntag',
    'januar', 'jänner', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember',
  ]),
  opinionSections: String.raw`(?:^|[/\s_-])(?:kommentare?|meinung|meinungen|leitartikel|kolumnen?|standpunkte?|essays?|gastbeitr(?:ag|äge)|analyse|debatte|pro-und-contra|glossen?|leserbriefe|blogs?)(?:$|[/\s_.-])`,
  // A blog's own host: a label that is or ends in "blog" ("blog.teufel.de", "tafelblog.de", "scienceblogs.de") or opens with it ("blogoff.de", "….blogspot.com").
  opinionHosts: String.raw`(?:^|\.)(?:[\p{L}\p{N}-]*blogs?|blog[\p{L}\p{N}-]*)\.`,
  stances: STANCES,
  reviewSections: String.raw`(?:^|[/\s_-])(?:rezensionen?|kritiken?|tests?|filmkritik|buchkritik)(?:$|[/\s_.-])`,
  months: new Set(['januar', 'jänner', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember']),
};
