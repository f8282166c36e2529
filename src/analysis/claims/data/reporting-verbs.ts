/**
 * Verbs that report what someone said, wrote, found or believes, by lemma.
 * - `speech`: attributes its complement whatever follows ("X said the …", "X told Y").
 * - `finding`: needs a content complement ("that", "whether", a quote, a colon)
 *   because the verb has other senses ("posted a photo", "showed up").
 * - `cognition`: belief verbs; attribute only for third parties ("I think" is the author's opinion).
 * - `commitment`: promises and warnings, which also take "to" ("pledged to punish").
 * - `naming`: verbs that call or characterize their object; they report only with what they call it
 *   ("called the program a success", "attacked the plan as a giveaway"), not alone ("attacked the village").
 *
 * The speech list also holds the quote verbs of the Gender Gap Tracker's quote extractor
 * (github.com/sfu-discourse-lab/GenderGapTracker, nlp/english/rules/quote_verb_list.txt,
 * commit 5501de31; MIT, © 2020 Discourse Processing Lab, Simon Fraser University) where they report speech.
 */
export type ReportingClass = 'speech' | 'finding' | 'cognition' | 'commitment';
/** Reporting classes with the naming verbs, which only the English reporting-verb detector reads. */
export type FormClass = ReportingClass | 'naming';

const SPEECH = [
  'say', 'tell', 'announce', 'state', 'declare', 'claim', 'insist', 'argue', 'explain', 'add', 'assert', 'contend',
  'confirm', 'deny', 'admit', 'acknowledge', 'testify', 'allege', 'stress', 'emphasize', 'emphasise', 'reply',
  'remark', 'comment', 'recall', 'concede', 'caution', 'reiterate', 'quip', 'complain', 'exclaim', 'estimate',
  'predict', 'tweet', 'retweet', 'write', 'ask', 'wonder', 'describe', 'hail', 'praise', 'criticize', 'criticise',
  'accuse', 'recommend', 'propose', 'speculate', 'boast', 'lament', 'mention', 'observe', 'counter', 'conclude',
  'disclose', 'reveal', 'respond', 'answer', 'inform', 'advise', 'instruct', 'joke', 'shout', 'whisper', 'yell', 'sigh',
  'recount', 'assure', 'summarize', 'summarise', 'elaborate', 'opine', 'scoff', 'muse', 'interject', 'retort', 'rebut',
  'protest', 'clarify', 'affirm', 'proclaim', 'brag', 'grumble', 'mutter', 'posit', 'theorize', 'theorise', 'attest',
  'defend', 'dismiss', 'reason', 'tout', 'decry', 'denounce', 'dispute', 'reassert', 'reassure', 'reconfirm', 'remind', 'restate',
  'retell', 'declaim', 'disclaim', 'rave', 'preach', 'notify', 'acclaim', 'hint', 'blame', 'disagree', 'speak',
];
const FINDING = [
  'report', 'note', 'suggest', 'show', 'find', 'indicate', 'determine', 'calculate', 'forecast', 'post', 'publish',
  'hold', 'rule', 'point', 'notice', 'demonstrate', 'establish', 'discover', 'conclude', 'read', 'say', 'project',
  'document', 'highlight', 'maintain', 'learn', 'realize', 'realise', 'assess', 'continue', 'signal', 'signify', 'repeat', 'charge', 'question',
];
const COGNITION = ['believe', 'think', 'feel', 'fear', 'worry', 'doubt', 'suspect', 'regard', 'consider', 'hope', 'expect', 'know', 'agree', 'reckon', 'remember'];
const COMMITMENT = ['warn', 'pledge', 'promise', 'vow', 'threaten', 'urge', 'call', 'demand', 'plead', 'appeal'];
const NAMING = [
  'attack', 'slam', 'blast', 'brand', 'label', 'dub', 'characterize', 'characterise', 'portray', 'depict', 'condemn', 'deride',
  'mock', 'ridicule', 'lambaste', 'assail', 'castigate', 'reject', 'paint',
];

/** Irregular forms: lemma → [3rd person, past, participle, -ing]. */
const IRREGULAR: Record<string, readonly string[]> = {
  say: ['says', 'said', 'said', 'saying'],
  tell: ['tells', 'told', 'told', 'telling'],
  write: ['writes', 'wrote', 'written', 'writing'],
  think: ['thinks', 'thought', 'thought', 'thinking'],
  find: ['finds', 'found', 'found', 'finding'],
  hold: ['holds', 'held', 'held', 'holding'],
  show: ['shows', 'showed', 'shown', 'showing'],
  feel: ['feels', 'felt', 'felt', 'feeling'],
  know: ['knows', 'knew', 'known', 'knowing'],
  read: ['reads', 'read', 'read', 'reading'],
  learn: ['learns', 'learned', 'learnt', 'learning'],
  forecast: ['forecasts', 'forecast', 'forecast', 'forecasting'],
  quip: ['quips', 'quipped', 'quipped', 'quipping'],
  plead: ['pleads', 'pleaded', 'pled', 'pleading'],
  rule: ['rules', 'ruled', 'ruled', 'ruling'],
  retell: ['retells', 'retold', 'retold', 'retelling'],
  give: ['gives', 'gave', 'given', 'giving'],
  speak: ['speaks', 'spoke', 'spoken', 'speaking'],
  make: ['makes', 'made', 'made', 'making'],
  label: ['labels', 'labeled', 'labelled', 'labeling'],
  put: ['puts', 'put', 'put', 'putting'],
};

/** Lemmas whose past form is the bare form ("USDA forecast …", "he read …"): there the bare form may be a past. */
export const PAST_AS_BARE = new Set(Object.entries(IRREGULAR).filter(([lemma, forms]) => forms[1] === lemma).map(([lemma]) => lemma));

/** Verbs stressed on a last short vowel double their final consonant: admitted, rebutted. */
const DOUBLING = new Set(['dub', 'admit', 'rebut', 'regret', 'concur', 'refer', 'prefer', 'commit', 'omit', 'submit', 'permit']);

function inflect(lemma: string): string[] {
  const irregular = IRREGULAR[lemma];
  if (irregular) return [lemma, ...irregular];
  const third = /(?:s|sh|ch|x|z)$/.test(lemma) ? `${lemma}es` : /[^aeiou]y$/.test(lemma) ? `${lemma.slice(0, -1)}ies` : `${lemma}s`;
  if (DOUBLING.has(lemma)) return [lemma, third, `${lemma}${lemma.at(-1)}ed`, `${lemma}${lemma.at(-1)}ing`];
  const stem = /e$/.test(lemma) ? lemma.slice(0, -1) : /[^aeiou]y$/.test(lemma) ? `${lemma.slice(0, -1)}i` : lemma;
  const past = /e$/.test(lemma) ? `${lemma}d` : `${stem}ed`;
  const ing = /[^aeiou]y$/.test(lemma) ? `${lemma}ing` : /ie$/.test(lemma) ? `${lemma.slice(0, -2)}ying` : /e$/.test(lemma) ? `${lemma.slice(0, -1)}ing` : `${lemma}ing`;
  return [lemma, third, past, ing];
}

/** Every inflected form → its lemma and class (speech wins where a lemma has two). */
export const REPORTING_FORMS: ReadonlyMap<string, { lemma: string; kind: ReportingClass }> = (() => {
  const forms = new Map<string, { lemma: string; kind: ReportingClass }>();
  const add = (lemmas: readonly string[], kind: ReportingClass) => {
    for (const lemma of lemmas) for (const form of inflect(lemma)) if (!forms.has(form)) forms.set(form, { lemma, kind });
  };
  add(SPEECH, 'speech');
  add(COMMITMENT, 'commitment');
  add(FINDING, 'finding');
  add(COGNITION, 'cognition');
  return forms;
})();

/** Every inflected form of a naming verb → its lemma: kept apart, since alone ("the attack", "attacked the village") they report nothing. */
export const NAMING_FORMS: ReadonlyMap<string, { lemma: string; kind: 'naming' }> = new Map(
  NAMING.flatMap((lemma) => inflect(lemma).map((form) => [form, { lemma, kind: 'naming' as const }] as const)),
);

/** Naming verbs whose object may be followed by what they call it without "as": "called the plan a giveaway", "labeled him a liar". */
export const NAMING_WITHOUT_AS = new Set(['call', 'label', 'brand', 'dub']);

/**
 * Verbs that report only with a noun of speech as their object: "issued a plea", "expressed concern",
 * "made the remarks", "voiced support", "repeated his claim that".
 */
const LIGHT_SPEECH_VERBS = ['issue', 'express', 'voice', 'make', 'offer', 'give', 'deliver', 'raise', 'repeat', 'echo', 'air', 'put'];

/** Nouns of speech that such a verb reports: its object within a few words ("expressed deep concern", "issued a plea"). */
export const SPEECH_NOUNS = new Set([
  'statement', 'statements', 'plea', 'pleas', 'warning', 'warnings', 'apology', 'denial', 'remark', 'remarks', 'comment', 'comments',
  'concern', 'concerns', 'hope', 'hopes', 'support', 'criticism', 'criticisms', 'praise', 'assurance', 'assurances', 'doubt', 'doubts',
  'objection', 'objections', 'opposition', 'claim', 'claims', 'speech', 'testimony', 'appeal', 'promise', 'pledge', 'threat', 'threats',
  'complaint', 'complaints', 'accusation', 'accusations', 'allegation', 'allegations', 'prediction', 'predictions', 'endorsement',
  'confidence', 'frustration', 'regret', 'sympathy', 'condolences', 'outrage', 'disappointment', 'optimism', 'skepticism', 'scepticism',
  'reservations', 'fears', 'argument', 'arguments', 'assertion', 'point', 'case', 'announcement', 'interview', 'address', 'rebuttal',
]);

/** What "make" makes of a reported clause: "made clear that …", "made it plain that …", "made known that …". */
export const MADE_PLAIN = new Set(['clear', 'plain', 'known']);

/** How "put it" says something: "put it this way", "put it bluntly", "as one senator put it, …". */
export const PUT_IT_MANNERS = new Set(['this', 'that', 'another', 'bluntly', 'simply', 'succinctly', 'mildly', 'plainly', 'best', 'differently', 'more', 'starkly', 'colorfully', 'colourfully', 'memorably']);

/** Every inflected form of a light speech verb → its lemma. */
export const LIGHT_SPEECH_FORMS: ReadonlyMap<string, string> = new Map(
  // "given the goals …" is a preposition far more often than "gave".
  LIGHT_SPEECH_VERBS.flatMap((lemma) => inflect(lemma).filter((form) => form !== 'given').map((form) => [form, lemma] as const)),
);

/** Forms that are nouns far more often than reporting verbs, checked against their left neighbour. */
export const NOUN_LIKE_FORMS = new Set(['report', 'reports', 'note', 'notes', 'post', 'posts', 'finding', 'findings', 'ruling', 'hold', 'call', 'calls', 'point', 'points', 'answer', 'comment', 'comments', 'document', 'documents', 'read', 'reading', 'project', 'projects', 'forecast', 'forecasts', 'show', 'shows', 'tweet', 'tweets', 'state', 'states', 'estimate', 'estimates', 'appeal', 'demand', 'demands', 'hope', 'doubt', 'fear', 'thought', 'counter', 'saying', 'writing', 'feeling', 'know', 'rule', 'rules', 'consider', 'reason', 'reasons']);

/** Finding verbs that report whatever follows once their subject can speak: "Heald noted the findings show …". */
export const STATING_FINDINGS = new Set(['note', 'suggest', 'indicate', 'conclude', 'maintain']);

/** Subjects whose finding verbs report without "that": "The scientists found reduction of crop yields exceeded …". */
export const RESEARCH_HEADS = new Set(['scientists', 'researchers', 'authors', 'experts', 'economists', 'analysts', 'investigators', 'scholars', 'historians', 'team', 'study', 'studies', 'report', 'survey', 'analysis']);

/**
 * Verbs that put their subject after them in reporting: "…,” said Martin Indyk; "…, say the researchers". Not "tell":
 * the phrase after it is the one told ("…,” Nawaz Sharif, leader of the party, told the rally").
 */
export const INVERTING_LEMMAS = new Set([
  'say', 'add', 'ask', 'write', 'explain', 'continue', 'note', 'reply', 'answer', 'respond', 'recall', 'declare', 'insist',
  'warn', 'argue', 'acknowledge', 'admit', 'counter', 'conclude', 'observe', 'joke', 'quip', 'exclaim', 'concede', 'state', 'report',
  'tweet', 'post', 'announce', 'claim', 'suggest', 'predict', 'estimate', 'remark', 'comment', 'confirm', 'stress', 'emphasize',
  'emphasise', 'caution', 'retort', 'muse', 'wonder', 'complain', 'boast', 'lament', 'mutter', 'whisper', 'shout', 'reason', 'agree',
  'believe', 'think', 'contend', 'maintain', 'assert', 'allege', 'testify', 'opine', 'reckon', 'recount', 'summarize', 'summarise',
]);

/**
 * Openings that elaborate what the previous sentence reported ("Microsoft says it has found ways … For example,
 * language packs …"): right after an indirect report they go on with the speaker's content.
 */
export const ELABORATING_OPENERS: readonly (readonly string[])[] = [
  ['for', 'example'],
  ['for', 'instance'],
  ['in', 'other', 'words'],
];

/** Words of the author's own voice: a sentence with one outside quotations is not a continued report. */
export const AUTHOR_VOICE_WORDS = new Set(['i', 'me', 'my', 'we', 'us', 'our', 'you', 'your']);

/**
 * Occasions of speaking or publishing that frame a whole clause: "In a statement, the ministry rejected …",
 * "In an interview with CNN, Smith defended …". Lower case; a two-word entry is matched as two words.
 */
export const SPEECH_OCCASIONS: readonly (readonly string[])[] = [
  ['statement'], ['interview'], ['letter'], ['email'], ['e-mail'], ['speech'], ['address'], ['post'], ['tweet'], ['video'],
  ['briefing'], ['filing'], ['memo'], ['testimony'], ['op-ed'], ['essay'], ['column'], ['editorial'], ['message'], ['podcast'],
  ['blog', 'post'], ['news', 'conference'], ['press', 'conference'], ['press', 'release'], ['news', 'release'], ['court', 'filing'],
  ['television', 'interview'], ['radio', 'interview'], ['phone', 'interview'], ['telephone', 'interview'], ['written', 'statement'],
  ['joint', 'statement'], ['open', 'letter'], ['televised', 'address'], ['facebook', 'post'], ['social', 'media', 'post'],
];

/** How someone spoke, before the statement itself after a colon: "Mr. Biden was blunt: …", "The ministry was clear: …". */
export const MANNER_ADJECTIVES = new Set(['blunt', 'clear', 'direct', 'emphatic', 'unequivocal', 'succinct', 'categorical', 'frank', 'candid', 'explicit', 'adamant', 'defiant']);

/**
 * Adjectives of belief and stance that report a clause after a form of "be": "Union leaders are confident that
 * the strike will end", "Italian secularist associations are concerned the Government will …". Lower case.
 */
export const STANCE_ADJECTIVES = new Set([
  'concerned', 'worried', 'confident', 'convinced', 'optimistic', 'pessimistic', 'hopeful', 'skeptical', 'sceptical', 'certain',
  'adamant', 'afraid', 'fearful', 'doubtful', 'unconvinced', 'persuaded', 'insistent', 'aware', 'unaware', 'alarmed', 'satisfied',
]);
