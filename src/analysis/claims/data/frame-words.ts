/**
 * English words the frame detectors read (claims/detectors/*.ts), kept apart from their code: language
 * knowledge as data. Written for this project (MIT); lower case, straight apostrophes.
 */

/** Relative pronouns: "an article … that claimed" reaches back to the phrase they stand for. */
export const RELATIVES = new Set(['who', 'which', 'that']);

/** Relative pronouns of a thing or place: after an inverted speaker's prepositional object they describe that object. */
export const OBJECT_RELATIVES = new Set(['which', 'that', 'where']);

/** Prepositions that attach an audience, place or body to an inverted speaker: "said Bolden to the crowd", "said the organisers of …". */
export const SPEAKER_PREPOSITIONS = new Set(['to', 'of', 'at', 'in', 'for', 'from', 'on']);

/** The preposition that opens an absolute construction, whose participle has its own subject: "…, with some analysts saying …". */
export const ABSOLUTE_LEADS = new Set(['with']);

/**
 * Pronouns only a clause's subject takes: right before a verb they are its subject ("the fixes that I
 * recommended"); after a finding verb they open its content without "that" ("found he had lied").
 */
export const SUBJECT_PRONOUNS = new Set(['i', 'we', 'he', 'she', 'they']);

/** After these, a reporting form is a noun: "in another tweet", "of the report". */
export const NOUN_MARKERS = new Set(['in', 'on', 'at', 'of', 'from', 'with', 'by', 'for', 'into', 'another', 'every', 'each', 'first', 'latest', 'new', 'over', 'amid', 'despite', 'against', 'among', 'under', 'without', 'such']);

/** Before a participle these make it an adjective: "well known", "best known", "most feared". */
export const DEGREE_BEFORE_PARTICIPLE = new Set(['well', 'best', 'better', 'lesser', 'little', 'most', 'least', 'less', 'more', 'so-called']);

/** Words that open a reported verb's object: "shows the", "reports a", "states it". */
export const OBJECT_STARTS = new Set(['the', 'a', 'an', 'this', 'these', 'its', 'their', 'his', 'her', 'it', 'they', 'he', 'she', 'we', 'up', 'out', 'also']);

/**
 * Verbs of saying that judge someone, with the preposition that brings the charge or verdict after their object
 * ("accused the rebels of …", "praised the crew for …", "dismissed the claims as …"). Right after a past form, with
 * no object between, the form is a passive participle: "a man accused of murder", "a nurse praised for her courage".
 */
export const JUDGING_CHARGES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['accuse', new Set(['of'])], ['praise', new Set(['for', 'as'])], ['hail', new Set(['for', 'as'])], ['acclaim', new Set(['for', 'as'])],
  ['criticize', new Set(['for', 'as'])], ['criticise', new Set(['for', 'as'])], ['blame', new Set(['for'])], ['denounce', new Set(['for', 'as'])],
  ['decry', new Set(['for', 'as'])], ['dismiss', new Set(['as', 'for'])],
]);

/** Verbs that report only with a reported question or quote: "asked whether" (not "asked five people to"), "remembered that" (not "remembered the seagull"). */
export const NEEDS_CONTENT = new Set(['ask', 'call', 'answer', 'respond', 'reply', 'read', 'post', 'continue', 'repeat', 'charge', 'question', 'remember']);

/** After a belief verb, these start no reported clause: "hope to", "believe in", "know him". */
export const NOT_A_CLAUSE = new Set(['to', 'in', 'of', 'about', 'for', 'him', 'her', 'them', 'me', 'us', 'so', 'not', 'on', 'with']);

/** Belief verbs whose "about" names a topic even before a number ("thought about 20 ways", "worry about 100 jobs"); after the others it rounds a count ("expects about two-thirds of … to"). */
export const ABOUT_A_TOPIC = new Set(['think', 'worry', 'know', 'feel', 'remember', 'agree', 'doubt']);

/** Words in the auxiliaries list that are adverbs, not verbs: "said first lady …" is still a subject. */
export const ADVERB_AUXILIARIES = new Set(['also', 'later', 'previously', 'then', 'recently', 'repeatedly', 'publicly', 'privately', 'once', 'again', 'first', 'often', 'long', 'widely', 'generally', 'commonly', 'already', 'not', "n't", 'never', 'still', 'even', 'just', 'now', 'further', 'always', 'ever', 'twice']);

/** "…, and she took notes.": a clause of its own, not a subject closing the sentence. */
export const CLAUSE_OPENERS = new Set(['and', 'but', 'or', 'so', 'which', 'who', 'that', 'as', 'if', 'when', 'while', 'because', 'although', 'though', 'where', 'then']);

/** Lemmas whose passive with "by" is authorship or a question, not a report: "written by", "asked by". */
export const NOT_REPORTED_BY = new Set(['write', 'ask', 'answer', 'read', 'post', 'call', 'describe', 'inform', 'instruct', 'notify', 'remind', 'advise', 'tell', 'praise', 'acclaim', 'hail', 'criticize', 'criticise', 'accuse', 'denounce', 'decry', 'dismiss', 'defend']);

/** Words that may come between "In" and the occasion: "In a brief written statement", "In his first interview". */
export const OCCASION_DETERMINERS = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'this']);

/**
 * Verbs that deliver an occasion of speaking before a colon and its quotation: "X gave a statement: “…”", "allowing the
 * prisoner to give extended speeches: “…”". Their subject, or the object before "to", is the speaker. Lower case.
 */
export const OCCASION_VERBS = new Set([
  'give', 'gives', 'gave', 'given', 'giving', 'make', 'makes', 'made', 'making', 'deliver', 'delivers', 'delivered', 'delivering',
  'issue', 'issues', 'issued', 'issuing', 'release', 'releases', 'released', 'releasing',
]);

/** Words that lead a source: "according to X", "per X", "citing X", "in the words of X". */
export const ACCORDING_LEADS = new Set(['according', 'per', 'citing', 'words']);

/** Words that follow "told" or "learned" in another sense: "told to leave", "learned about", "learned how". */
export const NOT_TOLD_CONTENT = new Set(['to', 'about', 'of', 'how', 'from', 'by', 'him', 'her', 'them', 'me', 'us', 'you', 'it']);

/** Belief verbs that also take the one they affect as object: "the thaw worried Tasos Georgelis" (no clause follows a name). */
export const CAUSATIVE_BELIEFS = new Set(['worry']);

/** Speech verbs whose sense before these words is not speech: "adds to the costs", "protesting against the war", "confirmed with". */
export const NOT_SPEECH_PARTICLES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['add', new Set(['to'])],
  ['protest', new Set(['against', 'outside', 'in', 'at'])],
  // "after confirming with the referee": checking with someone, not confirming something.
  ['confirm', new Set(['with'])],
]);

/**
 * Verbs of saying with what is won, held or given away in a contest as their object, which is then not something
 * said: "claimed their sixth title", "defended her seat", "conceded two goals", "the storm claimed 12 lives".
 */
export const CONTEST_OBJECTS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['claim', new Set(['title', 'titles', 'crown', 'championship', 'championships', 'cup', 'trophy', 'medal', 'medals', 'prize', 'seat', 'seats', 'lives', 'life'])],
  ['defend', new Set(['title', 'titles', 'crown', 'championship', 'cup', 'trophy', 'seat', 'seats'])],
  ['concede', new Set(['goal', 'goals', 'penalty', 'penalties', 'wicket', 'wickets', 'seat', 'seats'])],
]);

/** Nouns whose owner states their "that" clause: "Trump's claim that …", "the minister's view is that …". */
export const CLAIM_NOUNS = new Set(['claim', 'claims', 'assertion', 'argument', 'contention', 'view', 'belief', 'position', 'insistence', 'allegation', 'suggestion', 'assessment', 'conclusion', 'warning', 'promise', 'prediction', 'estimate', 'hope', 'fear', 'concern', 'complaint', 'statement', 'testimony', 'finding', 'findings']);

/** Nouns that open a sentence as the owner's perspective: "In Obama's words, …", "In the senator's view, …". */
export const VIEW_NOUNS = new Set(['words', 'view', 'opinion', 'telling', 'estimation', 'account', 'assessment', 'judgment', 'judgement']);

/**
 * Speech verbs that report only with what they say something of: "speak of his humility", "spoke highly of her"
 * (not "speaks French", nor "spoke out", which names no content).
 */
export const NEEDS_PARTICLE: ReadonlyMap<string, ReadonlySet<string>> = new Map([['speak', new Set(['of', 'about', 'highly', 'glowingly', 'fondly', 'warmly'])]]);

/**
 * Modals that with "have" and a participle say what was not done: "Uber might have suggested that …", "He could have
 * argued …", "She should have said …" (counterfactual, so no report). "may have" and "must have" guess at what was done.
 */
export const COUNTERFACTUAL_MODALS = new Set(['would', 'could', 'should', 'might', 'ought']);

/**
 * Subordinators that make a clause a condition: "whenever the data suggests …", "unless the court rules that …",
 * "even if the inspectors find …". A report whose subject follows one credits nothing. Not "as" ("as the report
 * notes" is a report) nor "when" (a time: "when the company announced the layoffs" is an event).
 */
export const CONDITIONAL_SUBORDINATORS = new Set(['if', 'unless', 'whenever', 'whether']);

/** Forms of "have" after such a modal: "could have said", "could've said", "ought to have said". */
export const PERFECT_HAVE = new Set(['have', "'ve"]);

/** Irregular past forms that mark a main verb before "by" + -ing: "Trump hit back by saying …", "She began by warning …". */
export const IRREGULAR_PAST = new Set(['began', 'came', 'went', 'took', 'made', 'got', 'gave', 'became', 'found', 'left', 'met', 'won', 'lost', 'rose', 'fell', 'grew', 'ran', 'saw', 'kept', 'held', 'brought', 'sent', 'spent', 'built', 'paid', 'hit', 'struck', 'fought', 'sought', 'led', 'shot', 'threw', 'broke', 'drew', 'stood', 'set', 'put']);

/** Auxiliaries in the past: "did not spell out …", "was asked …". */
export const PAST_AUXILIARIES = new Set(['did', 'was', 'were', 'had']);

/** Finite auxiliaries and modals that show a clause of its own after a noun phrase: "reported Canada's GDP was …", "forecast exports would decline". */
export const FINITE_AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'may', 'might', 'must', 'should', 'shall', 'did', 'does']);

/** Finding verbs that report nothing before a clause without "that": "continued the work …". */
export const NO_BARE_CLAUSE = new Set(['continue', 'repeat', 'charge', 'question', 'read', 'post', 'point', 'publish']);

/** Words that open no subject of a clause right after the verb: "reported to the police", "found in the house". */
export const NOT_CLAUSE_OPENERS = new Set(['to', 'in', 'on', 'at', 'for', 'from', 'by', 'with', 'about', 'of', 'as', 'into', 'over', 'up', 'out', 'him', 'them', 'us', 'me', 'no', 'not', 'only', 'nothing', 'this', 'so']);

/** Verbs of saying that report after "by" without a clause: "by saying the vote was rigged", "by telling reporters …". */
export const SAYING_WITHOUT_CLAUSE = new Set(['say', 'tell']);

/** Verbs that name whom they address before the clause: "by telling reporters that …", "by reminding voters that …". */
export const ADDRESSING_LEMMAS = new Set(['tell', 'remind', 'assure', 'reassure', 'inform', 'notify', 'advise', 'warn', 'urge', 'ask']);

/** Short adjectives that may come between a light verb and its noun of speech: "expressed deep concern". */
export const SHORT_ADJECTIVES = new Set(['deep', 'strong', 'sharp', 'grave', 'new', 'brief', 'short', 'long', 'clear', 'firm', 'full', 'own', 'such', 'same', 'fresh', 'stern', 'blunt', 'broad', 'rare', 'joint', 'wide', 'high', 'big', 'bold']);

/** Light verbs whose sense with these nouns is not speech: "raised hopes", "offered support" (money, troops). */
export const NOT_SPOKEN_OBJECTS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['raise', new Set(['hope', 'hopes', 'support', 'confidence', 'case', 'point'])],
  ['give', new Set(['support', 'hope', 'hopes', 'confidence', 'case', 'point'])],
  ['offer', new Set(['support', 'hope', 'hopes', 'case', 'point'])],
]);

/** Lower-case words that end the title words before an inverted speaker's name: "said chief inspector …" but not "said in a statement". */
export const NOT_TITLE_WORDS = new Set(['in', 'on', 'at', 'to', 'of', 'for', 'with', 'by', 'from', 'that', 'and', 'or', 'but', 'as', 'when', 'after', 'before', 'during', 'about', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'it', 'he', 'she', 'they', 'we', 'i', 'you', 'this', 'there', 'here', 'yesterday', 'today', 'tonight', 'earlier', 'later', 'last', 'next']);

/** Adverbs that may stand inside a verb group besides those in -ly: "could not have", "might well have". */
export const VERB_GROUP_ADVERBS = new Set(['not', "n't", 'never', 'well', 'also', 'just']);

/** Words that open the object of a naming verb: "called it", "labeled the bill", "attacked his rival" (a name also does). */
export const NAMED_OBJECT_OPENERS = new Set(['it', 'him', 'her', 'them', 'this', 'that', 'these', 'those', 'the', 'his', 'its', 'their', 'our', 'my', 'your', 'each']);

/** After "as", words that make it a conjunction or an idiom, not what the object is called: "as he spoke", "as well", "as written". */
export const NOT_AS_PREDICATE = new Set([
  'he', 'she', 'they', 'we', 'i', 'you', 'it', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'that', 'these', 'those',
  'well', 'part', 'soon', 'long', 'much', 'many', 'far', 'if', 'though', 'usual', 'of', 'to', 'for', 'such', 'recently', 'early', 'late',
  'written', 'drafted', 'proposed', 'planned', 'expected', 'promised', 'required', 'needed', 'necessary', 'possible', 'before', 'always',
]);

/** Nouns of time and amount after "a": "called the police a second time", "attacked an hour later" name no predicate. */
export const NOT_PREDICATE_NOUNS = new Set(['second', 'third', 'fourth', 'time', 'day', 'week', 'month', 'year', 'hour', 'minute', 'few', 'little', 'lot', 'number', 'couple', 'total', 'while', 'bit', 'dozen', 'half']);

/** Superlatives and their like after "as the" that describe: "attacked the law as the worst …", "as the latest example". */
export const DESCRIBING_AFTER_THE = /^(?:worst|best|most|least|latest|biggest|greatest|first|last|only|\p{Ll}+est)$/u;

/** Words of a short time phrase that may follow a verb closing the sentence: "…, the agency reported on Friday", "…, radio said late last night". */
export const TRAILING_TIME_WORDS = new Set([
  'on', 'late', 'early', 'earlier', 'later', 'yesterday', 'today', 'tonight', 'last', 'this', 'week', 'weekend', 'month', 'year', 'morning',
  'afternoon', 'evening', 'night', 'overnight', 'recently',
]);

/** Cardinal numbers in words: before a reporting form they make it a noun ("Six suspects were shot", "two reports"). */
export const NUMBER_WORDS = new Set([
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'fifteen', 'twenty', 'thirty',
  'forty', 'fifty', 'hundred', 'hundreds', 'thousand', 'thousands', 'dozen', 'dozens', 'million', 'millions',
]);

/** Words that round or bound a count: "Nearly half of respondents", "Roughly 40 percent", "Fewer than half of Republicans". */
export const APPROXIMATORS = new Set(['nearly', 'almost', 'roughly', 'approximately', 'about', 'around', 'only', 'just', 'fewer', 'more', 'less', 'half']);

/** Marks that stay inside the subject of a clause without "that": "Canada's GDP", "the 3% rise". */
export const POSSESSIVE_MARKS = new Set(["'s", '’s', "'", '’', '%']);

/** Words that end a noun phrase before any verb of its own: a coordinator, an infinitive's "to", a subordinator. */
export const BARE_SUBJECT_ENDS = new Set(['and', 'or', 'but', 'to', 'after', 'before', 'until', 'when', 'while', 'because', 'since', 'as', 'if', 'unless', 'although', 'though', 'than']);

/** Words that join one noun phrase to another: "Relief workers and NATO officers" gives "NATO officers". */
export const PHRASE_JOINERS = new Set(['and', 'or', ',', '&']);

/** Heads that name no one, whoever they belong to: "Microsoft sources said". */
export const ANONYMOUS_HEADS = new Set(['sources', 'insiders']);
