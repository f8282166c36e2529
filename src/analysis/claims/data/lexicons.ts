/** Word lists for attribution, kept apart from the code that uses them. */

export const DETERMINERS = new Set(['the', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your']);
export const INDEFINITES = new Set(['a', 'an', 'another', 'one', 'some', 'many', 'most', 'several', 'few', 'numerous', 'various', 'other', 'others', 'certain', 'multiple', 'countless', 'two', 'three', 'four', 'dozens', 'hundreds', 'thousands', 'millions', 'all', 'any', 'no', 'much', 'lots', 'plenty']);
/** "a number of analysts", "a large body of studies", "fewer than half of Republicans": the phrase quantifies a vague group. */
export const QUANTITY_NOUNS = new Set(['number', 'body', 'majority', 'minority', 'group', 'handful', 'couple', 'series', 'range', 'lot', 'host', 'variety', 'slew', 'chorus', 'growing', 'half', 'third', 'quarter', 'percent', 'two-thirds']);

export const PERSONAL_PRONOUNS = new Set(['he', 'she', 'they', 'it']);
export const FIRST_PERSON = new Set(['i', 'we', 'me', 'us', 'my', 'our']);

/** Heads of noun phrases that name unidentified people or bodies. */
export const VAGUE_HEADS = new Set([
  'official', 'officials', 'source', 'sources', 'expert', 'experts', 'analyst', 'analysts', 'critic', 'critics',
  'observer', 'observers', 'insider', 'insiders', 'people', 'person', 'someone', 'somebody', 'others', 'many', 'some',
  'scientist', 'scientists', 'researcher', 'researchers', 'economist', 'economists', 'diplomat', 'diplomats',
  'resident', 'residents', 'witness', 'witnesses', 'commentator', 'commentators', 'activist', 'activists',
  'advocate', 'advocates', 'opponent', 'opponents', 'supporter', 'supporters', 'studies', 'reports', 'surveys',
  'polls', 'research', 'evidence', 'data', 'estimates', 'rumors', 'rumours', 'elders', 'authorities', 'lawmakers',
  'leaders', 'scholars', 'historians', 'doctors', 'investors', 'traders', 'users', 'fans', 'skeptics', 'sceptics',
  'proponents', 'members', 'staff', 'employees', 'everyone', 'anyone', 'nobody', 'us',
  'children', 'kids', 'parents', 'students', 'teachers', 'workers', 'voters', 'patients', 'consumers', 'customers', 'citizens',
  'locals', 'farmers', 'families', 'women', 'men', 'drivers', 'readers', 'viewers', 'visitors', 'shoppers', 'tenants', 'neighbors',
  'neighbours', 'survivors', 'victims', 'protesters', 'demonstrators', 'officers', 'soldiers', 'nurses', 'owners', 'fans',
  'relatives', 'friends', 'colleagues', 'coworkers', 'co-workers', 'classmates', 'aides', 'allies', 'staffers', 'passengers',
  'bystanders', 'spectators',
]);

/** Words for documents, studies and data that can stand as a source. */
export const DOCUMENT_NOUNS = new Set([
  'report', 'reports', 'study', 'studies', 'survey', 'surveys', 'paper', 'analysis', 'briefing', 'filing', 'filings',
  'data', 'poll', 'polls', 'research', 'findings', 'finding', 'review', 'memo', 'document', 'documents', 'letter',
  'statement', 'audit', 'census', 'ruling', 'decision', 'article', 'investigation', 'assessment', 'index', 'estimate',
  'estimates', 'figures', 'statistics', 'records', 'release', 'press release', 'transcript', 'testimony', 'complaint',
  'lawsuit', 'indictment', 'affidavit', 'post', 'tweet', 'blog', 'book', 'dossier', 'white paper', 'forecast',
  'projections', 'results', 'evidence', 'experiment', 'trial', 'model', 'website', 'journal',
]);

/** Participles that tell who holds a text before "by": "an invitation obtained by The Washington Post", "emails seen by Reuters". */
export const OBTAINED_PARTICIPLES = new Set(['obtained', 'seen', 'reviewed', 'viewed', 'acquired']);

/** Nouns of a work whose title may follow in quotation marks: "the 2017 article “The Case for Colonialism”". */
export const WORK_NOUNS = new Set(['article', 'book', 'essay', 'column', 'op-ed', 'film', 'movie', 'documentary', 'song', 'album', 'novel', 'memoir', 'play', 'show', 'series', 'paper', 'report', 'study', 'titled', 'entitled', 'called']);

/**
 * Endings of adjectives that a tagger may take for a name when they open a sentence: "Independent experts",
 * "Political analysts", "Federal prosecutors", "Conservative critics". Demonyms ("Chinese", "Russian") are left out:
 * the recogniser's and the source's own business.
 */
export const ADJECTIVE_ENDING = /(?:ent|ant|al|ive|ous|ic|ical|ful|ible|able|ary)$/u;

/** Lower-case words that end an organisation's name: "West Mercia police", "New York magazine". */
export const ORG_HEADS = new Set([
  'police', 'magazine', 'newspaper', 'group', 'agency', 'department', 'ministry', 'government', 'administration',
  'officials', 'campaign', 'company', 'firm', 'spokesman', 'spokeswoman', 'spokesperson', 'spokesmen', 'spokeswomen',
  'spokespeople', 'office', 'council',
  'committee', 'court', 'board', 'website', 'researchers', 'team', 'party', 'authorities',
]);

/** Role nouns whose source is the organisation they speak for ("a spokesman for the ministry"). */
export const SPOKESPERSON_HEADS = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'representative', 'statement', 'report', 'study', 'press', 'release', 'filing', 'letter', 'survey']);
/** One person who speaks for a named body ("a spokesperson for UCEA", "a Treasury official"): a later "he" or "she" is that speaker. */
export const SPEAKING_FOR_HEADS = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'representative', 'official', 'executive', 'aide']);

/** Fields of knowledge that speak only collectively: "Neuroscience tells us …". */
export const FIELD_SUFFIX = /(?:science|sciences|logy|ics|research|evidence|history|literature|experience|wisdom)$/u;

/** Passive participles that attribute on their own: "is said to", "has long been heralded as", "are believed to". */
export const AGENTLESS_REPORTS = new Set([
  'said', 'believed', 'thought', 'reported', 'rumored', 'rumoured', 'alleged', 'claimed', 'estimated', 'heralded',
  'hailed', 'touted', 'reputed', 'understood', 'feared', 'suspected', 'predicted', 'projected', 'forecast',
]);

/** After a passive "said", what compares rather than reports: "The same can't be said of …", "… can be said for …". */
export const COMPARED_AFTER_SAID = new Set(['of', 'for', 'about']);

/** Indefinite pronouns for a person, who speak as no one in particular: "…, said someone at the meeting". */
export const SOMEONE_PRONOUNS = new Set(['someone', 'somebody', 'everyone', 'everybody']);

/** Passive participles that attribute only with "it" ("it is known that") or a spread adverb ("widely seen as"). */
export const HEDGED_AGENTLESS_REPORTS = new Set([
  'considered', 'regarded', 'seen', 'viewed', 'known', 'described', 'billed', 'deemed', 'expected', 'acknowledged', 'accepted', 'recognized', 'recognised',
]);

/** Passive participles that forecast for an unnamed crowd before "to": "The deficit is expected to total …". */
export const FORECAST_PARTICIPLES = new Set(['expected', 'anticipated']);

/** Adverbs that spread a passive over an unnamed crowd: "widely believed", "long considered". */
export const SPREAD_ADVERBS = new Set(['widely', 'generally', 'commonly', 'often', 'long', 'largely', 'broadly', 'universally', 'frequently', 'increasingly']);

/** Verbs that hand a document or finding to its author: "published by", "released by". */
export const PUBLISHING_PARTICIPLES = new Set(['published', 'released', 'issued', 'compiled', 'conducted', 'produced', 'commissioned', 'prepared', 'led', 'carried', 'written', 'authored', 'funded']);

/** "clear to researchers that …": predicates that attribute knowledge to whoever follows "to". */
export const EVIDENT_TO = new Set(['clear', 'evident', 'obvious', 'apparent', 'known', 'plain']);

/** Adverbs and idioms that attribute to no one in particular. */
export const VAGUE_ADVERBS = new Set(['reportedly', 'allegedly', 'purportedly', 'supposedly', 'rumoredly', 'ostensibly']);

export const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", 'am']);
export const AUXILIARIES = new Set([
  'has', 'have', 'had', 'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'did', 'does', 'do',
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'also', 'later', 'previously', 'then', 'recently', 'repeatedly',
  'publicly', 'privately', 'once', 'again', 'first', 'often', 'long', 'widely', 'generally', 'commonly', 'already',
  'not', "n't", 'never', 'still', 'even', 'just', 'now', 'further', 'always', 'ever', 'twice', "'d", "'re", "'ve", "'ll", "'m",
]);

/** Adverbs that stand in a verb group only after a perfect "has", "have" or "had": "the loggers have since claimed". */
export const PERFECT_ADVERBS = new Set(['since']);
/** A contracted auxiliary at a word's end, parted from it as the tokenizer parts "'s": "He’d", "they're", "I'm", "we've", "she'll". */
export const CLITIC = /(?<=\p{L})['’](?:d|re|ve|ll|m)$/iu;
export const PERFECT_AUXILIARIES = new Set(['has', 'have', 'had', "'ve", "'d"]);

/** Complements that mark what follows a verb as reported content. */
export const CONTENT_COMPLEMENTS = new Set(['that', 'whether', 'if', 'how', 'why', 'what', 'when', 'where', 'who', 'which']);

/** Sentence-initial connectives stripped from a subject: "But indigenous elders say". */
export const LEADING_CONNECTIVES = new Set(['afterwards', 'afterward', 'oh', 'but', 'and', 'so', 'yet', 'or', 'as', 'however', 'still', 'now', 'then', 'also', 'meanwhile', 'instead', 'indeed', 'moreover', 'thus', 'while', 'though', 'although', 'because', 'nevertheless', 'nonetheless', 'besides', 'anyway', 'well', 'basically', 'actually', 'plus', 'again', 'likewise', 'similarly', 'overall', 'today', 'later', 'earlier', 'separately', 'therefore', 'hence']);

/** Two-word connectives stripped from a subject, first word to second: "That said the government have argued" (its comma left out). */
export const LEADING_CONNECTIVE_PAIRS = new Map([['that', 'said']]);

/** Capitalised words that are not names when they start a sentence. */
export const NOT_NAMES = new Set([
  'the', 'a', 'an', 'in', 'on', 'at', 'as', 'after', 'before', 'but', 'and', 'or', 'if', 'it', 'he', 'she', 'they',
  'we', 'i', 'you', 'this', 'that', 'these', 'those', 'however', 'according', 'since', 'while', 'when', 'his', 'her',
  'its', 'their', 'our', 'my', 'there', 'here', 'what', 'why', 'how', 'who', 'where', 'so', 'then', 'also', 'many',
  'some', 'most', 'one', 'new', 'for', 'with', 'from', 'by', 'to', 'of', 'over', 'under', 'among', 'during', 'earlier',
  'later', 'last', 'next', 'first', 'finally', 'yet', 'still', 'now', 'today', 'yesterday', 'instead', 'meanwhile',
  'additionally', 'in addition', 'furthermore', 'moreover', 'both', 'each', 'every', 'all', 'no', 'not', 'only',
  'even', 'just', 'such', 'because', 'although', 'though', 'despite', 'unless', 'until', 'whether', 'already',
  'shortly', 'again', 'previously', 'recently', 'currently', 'ultimately', 'essentially', 'clockwise', 'above',
  'below', 'left', 'right', 'photo', 'credit', 'related', 'read', 'sign', 'follow', 'share', 'subscribe', 'dr', 'mr',
  'mrs', 'ms', 'prof', 'president', 'minister', 'chairman', 'along', 'amid', 'throughout', 'across', 'beyond', 'within',
  'without', 'toward', 'towards', 'upon', 'against', 'around', 'behind', 'beside', 'besides', 'near', 'simply',
]);

export const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** Month names and their abbreviations, and weekdays: dates, not parts of names ("Leadleo Research on Sept. 23"). */
export const MONTHS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  ...WEEKDAYS,
]);

/** A time that may close a subject before its verb ("officials this week said", "the agency yesterday said"). */
export const LONE_TIME_WORDS = new Set(['yesterday', 'today', 'tonight']);
export const TIME_UNITS = new Set(['week', 'weekend', 'month', 'year', 'morning', 'afternoon', 'evening', 'night']);
export const TIME_DEICTICS = new Set(['this', 'last', 'next']);

/** "the company", "the agency": a description that stands for the organization last named. */
export const ORGANIZATION_NOUNS = new Set(['company', 'firm', 'agency', 'organization', 'organisation', 'group', 'department', 'ministry', 'government', 'administration', 'campaign', 'council', 'committee', 'court', 'board', 'bank', 'startup', 'airline', 'retailer', 'carrier', 'network', 'newspaper', 'magazine', 'paper', 'daily', 'weekly', 'tabloid', 'union', 'party', 'team', 'university', 'hospital', 'police', 'regulator', 'commission', 'institute', 'foundation', 'charity', 'club', 'league', 'studio', 'automaker', 'manufacturer', 'publisher', 'outlet', 'site', 'website', 'service', 'platform']);

/** "the president", "the senator": a role that stands for the person last named. */
export const PERSON_ROLE_NOUNS = new Set(['president', 'minister', 'senator', 'governor', 'mayor', 'chancellor', 'premier', 'congressman', 'congresswoman', 'lawmaker', 'judge', 'founder', 'ceo', 'chairman', 'chairwoman', 'director', 'author', 'writer', 'researcher', 'scientist', 'professor', 'doctor', 'coach', 'actor', 'actress', 'singer', 'artist', 'photographer', 'spokesman', 'spokeswoman', 'spokesperson', 'candidate', 'prosecutor', 'lawyer', 'attorney', 'veteran', 'woman', 'man']);
/** The singular of a plural noun of people: "officials", "spokesmen", "congresswomen", "spokespeople". */
export function singularNoun(word: string): string {
  if (/(?:wo)?men$/u.test(word)) return `${word.slice(0, -3)}man`;
  if (word.endsWith('people') && word.length > 6) return `${word.slice(0, -6)}person`;
  return word.replace(/(?<=[^s])s$/u, '');
}

/** Abbreviated titles that may stand before a first name: "Dr. Jane Smith", "Sen. Roe". */
export const TITLE_ABBREVIATIONS = new Set(['dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'col', 'capt', 'lt', 'sgt', 'rev', 'hon']);

/** Titles that only ever open a person's name: "Mr Malone", "Dr. Jane Smith", "Prof Gavin Yamey". */
export const NAME_TITLES = new Set([...TITLE_ABBREVIATIONS, 'mr', 'mrs', 'ms']);

/** Words that make a sentence's opening verb an imperative, never a speaker: "Please note: …", "Kindly share …", "Let us know …". */
export const IMPERATIVE_MARKERS = new Set(['please', 'kindly', 'let']);

/** The reader as an opening verb's object: "Pull your hair into a bun and add …", "Treat yourself …" is an imperative. */
export const READER_OBJECTS = new Set(['your', 'yourself', 'yourselves']);
/** A determiner right after a lone opening word that is no name: "Wear all white and add …", "Mix the flour and say …" is a verb and its object. */
export const OBJECT_DETERMINERS = new Set(['the', 'a', 'an', 'all', 'some', 'this', 'these', 'those', 'every']);

/**
 * Descriptions of a news outlet: "the newspaper said" stands for an outlet the story names as one ("the Yedioth
 * Ahronoth newspaper", "the daily Le Monde", "China Daily"), not for the bank or party the report is about.
 */
export const OUTLET_NOUNS = new Set(['newspaper', 'paper', 'daily', 'weekly', 'tabloid', 'magazine', 'publication']);

/** Words of mastheads that make a name an outlet's: "The Wall Street Journal", "El Nuevo Diario", "Fox News". */
export const OUTLET_NAME_WORDS = new Set(['journal', 'times', 'post', 'herald', 'tribune', 'gazette', 'telegraph', 'chronicle', 'courier', 'diario', 'zeitung', 'news']);

/**
 * Descriptions that stand only for an organization whose name says the same: "the police" is not the last
 * company named, but may be "West Mercia Police"; "the court" may be "the Supreme Court".
 */
export const SELF_NAMING_ORGANIZATION_NOUNS = new Set([
  'police', 'court', 'university', 'hospital', 'government', 'ministry', 'department', 'commission', 'council', 'committee',
  'board', 'party', 'union', 'league', 'club', 'team', 'bank', 'foundation', 'institute', 'charity', 'airline', 'studio',
  'campaign', 'administration',
]);

/** The author and the outlet as told or informed by no one named: "we're told", "I am told", "TMZ has learned". */
export const TOLD_SUBJECTS = new Set(['we', 'i']);
export const INFORMED_PARTICIPLES = new Set(['told', 'learned', 'learnt', 'informed']);

/** Person descriptions that any person fits, whatever their title: "the woman", "the veteran". */
export const GENERIC_PERSON_NOUNS = new Set(['woman', 'man', 'veteran', 'author', 'writer']);

/** Plural nouns of people by what they do: "strategists", "organizers", "investigators", "physicians", "residents", "executives", "employees". */
export const AGENT_PLURAL = /^\p{L}{3,}(?:ists|ers|ors|ians|ants|ents|ives|ees)$/u;

/** The same plurals with a long stem, which surnames rarely have ("Investigators", "Prosecutors", not "Reuters", "Sanders"). */
export const LONG_AGENT_PLURAL = /^\p{L}{6,}(?:ists|ers|ors|ians|ants|ents|ives|ees)$/u;

/** Pronouns that say a person's sex: a "she" agrees with no man. */
export const SEXED_PRONOUNS: ReadonlyMap<string, 'female' | 'male'> = new Map([
  ...['she', 'her', 'hers'].map((w) => [w, 'female'] as const),
  ...['he', 'him', 'his'].map((w) => [w, 'male'] as const),
]);

/** Titles and role nouns that say a person's sex: "Mrs. Hicks", "the congresswoman". Lower case, without the stop. */
export const SEXED_TITLES: ReadonlyMap<string, 'female' | 'male'> = new Map([
  ...['mrs', 'ms', 'miss', 'madam', 'dame', 'lady', 'congresswoman', 'chairwoman', 'spokeswoman', 'businesswoman', 'actress', 'woman'].map((w) => [w, 'female'] as const),
  ...['mr', 'sir', 'lord', 'congressman', 'chairman', 'spokesman', 'businessman', 'man'].map((w) => [w, 'male'] as const),
]);

/** Other spellings and abbreviations of a role, as the role a description names: "Sen. Roe" is "the senator". */
export const ROLE_SYNONYMS: ReadonlyMap<string, string> = new Map([
  ['sen', 'senator'], ['rep', 'congressman'], ['representative', 'congressman'], ['congresswoman', 'congressman'], ['gov', 'governor'],
  ['dr', 'doctor'], ['prof', 'professor'], ['chairwoman', 'chairman'], ['chair', 'chairman'], ['chairperson', 'chairman'],
  ['spokeswoman', 'spokesman'], ['spokesperson', 'spokesman'], ['actress', 'actor'], ['attorney', 'lawyer'], ['pres', 'president'],
]);

/** Roles a "lawmaker" may be known by. */
export const LAWMAKER_ROLES = new Set(['senator', 'congressman', 'lawmaker', 'legislator', 'mp', 'assemblyman', 'assemblywoman']);

/** Descriptions of a business: "the company" is no party, ministry or court. */
export const BUSINESS_NOUNS = new Set(['company', 'firm', 'startup', 'airline', 'retailer', 'carrier', 'automaker', 'manufacturer', 'publisher', 'bank']);

/** Words in an organization's name, or the whole name, that say it is no business ("Democrats", "Department of Justice"). */
export const NOT_BUSINESS_NAME_WORDS = new Set([
  'party', 'democrats', 'republicans', 'gop', 'conservatives', 'tories', 'labour', 'liberals', 'greens', 'socialists', 'department',
  'ministry', 'government', 'administration', 'university', 'college', 'school', 'court', 'police', 'council', 'committee',
  'commission', 'agency', 'senate', 'congress', 'parliament', 'house', 'assembly', 'army', 'navy', 'force', 'union', 'league',
  'foundation', 'institute', 'charity', 'church', 'association', 'society', 'campaign', 'office', 'bureau', 'nations', 'state',
  'city', 'county', 'cabinet', 'fbi', 'cia', 'pentagon', 'kremlin', 'hospital',
]);
