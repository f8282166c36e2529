/**
 * Words that never belong to a source's noun phrase: verbs, modals, contractions
 * of the author's "I", adverbs and prepositions that a detector's subject search
 * can sweep in ("Just plug", "Lawmakers might", "with the deficit increasing").
 * Written for this project (MIT); lower case, straight apostrophes.
 */
export const NOT_SPEAKER_WORDS = new Set([
  "don't", "doesn't", "didn't", "won't", "can't", "isn't", "aren't", "wasn't", "weren't", "it's", "that's",
  'might', 'could', 'would', 'should', 'must', 'may', 'will', 'can', 'shall',
  'just', 'basically', 'using', 'with', 'without', 'made', 'make', 'makes', 'seemed', 'seems', 'seem', 'felt', 'feel', 'feels',
  'borrowed', 'improved', 'increasing', 'rising', 'falling', 'because', 'although', 'while', 'when', 'if', 'than',
  'bottom', 'crucial', 'talking',
  'bottom', 'line', 'crucial', 'important', 'clear', 'talking', 'in',
  "there's", "here's", "let's", "what's", 'there', 'came', 'went', 'got', 'took', 'gave', 'became', 'began',
  'citing', 'writing', 'speaking', 'referring', 'responding', 'commenting', 'noting', 'adding', 'explaining', 'saying', 'asked',
]);

/** A source does not open with a preposition ("In a letter", "With the deficit …"). */
export const PREPOSITIONS = new Set(['in', 'on', 'at', 'with', 'without', 'for', 'from', 'by', 'after', 'before', 'during', 'since', 'under', 'over', 'into', 'about', 'as', 'amid', 'despite']);

/**
 * Bare collective nouns that can speak though they neither take a determiner nor end in "s":
 * "media have said", "police say", "staff told", "state radio said". Written for this project (MIT).
 */
export const COLLECTIVE_SPEAKERS = new Set([
  'media', 'police', 'staff', 'press', 'government', 'military', 'management', 'leadership', 'personnel', 'public',
  'intelligence', 'congress', 'parliament', 'clergy', 'security', 'prosecution', 'defense', 'defence', 'opposition',
  // Broadcasters named by their medium: "state radio said", "local television reported".
  'radio', 'television', 'tv',
]);

/** Subjects that are the reader's, the author's or anyone's voice before a verb of saying: "You mentioned …", "One could argue …". */
export const GENERIC_VOICE_SUBJECTS = new Set(['you', 'one', 'i', 'we']);

/**
 * Indefinite pronouns that stand for one or some members of a group named before them: "One, who asked not to be
 * named, said …", "Another told reporters …", "Some said …". Before a past form of saying they are the subject of
 * a particular report, a vague source ("One could argue" stays anyone's voice).
 */
export const GROUP_MEMBER_PRONOUNS = new Set(['one', 'another', 'some', 'many', 'others', 'several', 'few', 'both', 'each']);

/** Of those, the one that may stand for anyone, the author included: "One might think …". */
export const IMPERSONAL_PRONOUNS = new Set(['one']);

/** Capitalised labels before a colon that name no speaker: "UPDATE: …", "EDITOR'S NOTE: …". Lower case. */
export const NOT_SPEAKER_LABELS = new Set([
  'update', 'updated', 'breaking', 'breaking news', 'note', "editor's note", 'editor’s note', 'editors note', 'correction', 'clarification',
  'watch', 'read more', 'read', 'related', 'see also', 'photo', 'photos', 'video', 'image', 'audio', 'source', 'sources', 'credit',
  'warning', 'spoiler', 'disclaimer', 'disclosure', 'caption', 'live', 'exclusive', 'analysis', 'opinion', 'review', 'verdict',
  'the bottom line', 'bottom line', 'tl;dr', 'tldr', 'ps', 'p.s', 'q', 'a', 'question', 'answer', 'fact check', 'the facts', 'the claim',
  'pros', 'cons', 'price', 'specs', 'rating', 'score', 'summary', 'background', 'context', 'why it matters', 'what happened',
]);

/**
 * Nouns for people and publishers that can say something, beyond the role, group, organization and
 * document lists: heads a shown source may end on ("a colleague of Rothman's", "that tweeter in Sydney",
 * "The change log"). Written for this project (MIT); lower case, singular.
 */
export const SPEAKER_NOUNS = new Set([
  'colleague', 'friend', 'mother', 'father', 'sister', 'brother', 'daughter', 'son', 'wife', 'husband', 'family', 'relative',
  'neighbour', 'neighbor', 'partner', 'boss', 'chief', 'head', 'leader', 'member', 'staffer', 'aide', 'adviser', 'advisor',
  'official', 'expert', 'hawk', 'dove', 'source', 'witness', 'victim', 'survivor', 'user', 'fan', 'poster', 'tweeter', 'blogger', 'reporter',
  'journalist', 'editor', 'columnist', 'critic', 'analyst', 'economist', 'historian', 'scholar', 'activist', 'campaigner',
  'people', 'person', 'public', 'crowd', 'audience', 'staff', 'crew', 'panel', 'jury', 'court', 'council', 'cabinet', 'senate',
  'house', 'congress', 'parliament', 'union', 'federation', 'association', 'alliance', 'coalition', 'movement', 'network',
  'channel', 'station', 'outlet', 'paper', 'journal', 'site', 'log', 'changelog', 'history', 'notes', 'page', 'account', 'feed',
  'message', 'email', 'note', 'speech', 'interview', 'video', 'announcement', 'guidance', 'policy', 'guideline', 'law', 'bill',
  'order', 'verdict', 'judgment', 'judgement', 'opinion', 'editorial', 'column', 'story', 'headline', 'caption', 'label',
  'warning', 'notice', 'sign', 'advert', 'ad', 'ads', 'campaign', 'manifesto', 'platform', 'charter', 'constitution', 'treaty',
  'agreement', 'contract', 'proposal', 'plan', 'budget', 'textbook', 'encyclopedia', 'dictionary', 'guide', 'manual', 'faq',
  'literature', 'theory', 'idea', 'view', 'consensus', 'tradition', 'legend', 'myth', 'wisdom',
  'folk', 'folks', 'individual', 'e-mail', 'text', 'city', 'town', 'county', 'state', 'country', 'nation', 'region', 'province', 'district', 'school', 'church', 'village',
  // People by occupation, rank, standing or kin whose ending `AGENT_NOUN` in source-shape.ts does not catch
  // ("The billionaire said", "the secretary said", "The pilot said", "a guard says").
  'billionaire', 'millionaire', 'tycoon', 'magnate', 'mogul', 'entrepreneur', 'heir', 'heiress', 'envoy', 'diplomat', 'delegate',
  'deputy', 'secretary', 'clerk', 'magistrate', 'nurse', 'pilot', 'surgeon', 'chef', 'poet', 'athlete', 'star', 'celebrity',
  'host', 'pundit', 'consul', 'mp', 'statesman', 'stateswoman', 'citizen', 'pupil', 'graduate', 'dean', 'academic',
  'architect', 'cleric', 'priest', 'bishop', 'archbishop', 'cardinal', 'pope', 'imam', 'rabbi', 'monk', 'nun', 'king', 'queen',
  'prince', 'princess', 'duke', 'duchess', 'emir', 'sultan', 'sheikh', 'monarch', 'general', 'colonel', 'captain', 'sergeant', 'guard', 'suspect', 'plaintiff', 'rival',
  'uncle', 'aunt', 'cousin', 'niece', 'nephew', 'widow', 'girlfriend', 'boyfriend', 'spouse', 'child', 'boy',
  'girl', 'teen', 'landlord', 'pair', 'couple',
]);

/**
 * Adverbs a subject search can sweep in after the noun phrase ("celebrities and charities today said",
 * "the company itself said"): trimmed from the end of a shown source. Lower case.
 */
export const TRAILING_NOT_SOURCE = new Set([
  'today', 'yesterday', 'tonight', 'now', 'also', 'already', 'too', 'then', 'again', 'still', 'recently', 'previously',
  'earlier', 'later', 'once', 'alone', 'itself', 'themselves', 'himself', 'herself', 'themself', 'both', 'all', 'each',
  'first', 'last', 'since', 'subsequently', 'repeatedly', 'publicly', 'privately', 'separately', 'jointly', 'initially', 'finally',
]);

/** Words that only count or limit ("Only one", "at least two"): a source needs a noun after them. Lower case. */
export const COUNTING_WORDS = new Set([
  'only', 'just', 'even', 'at', 'least', 'most', 'almost', 'nearly', 'about', 'some', 'one', 'two', 'three', 'four', 'five',
  'six', 'seven', 'eight', 'nine', 'ten', 'dozen', 'dozens', 'hundreds', 'thousands', 'millions', 'another', 'each', 'every',
  'any', 'none', 'neither', 'either', 'half', 'more', 'fewer', 'less', 'all', 'both', 'many', 'several', 'few', 'other', 'others',
]);

/** Indefinite pronouns that stand alone as a vague group ("Some say", "Many believe", "Others argue"). Lower case. */
export const LONE_GROUPS = new Set(['some', 'many', 'most', 'others', 'several', 'few', 'everyone', 'everybody', 'someone', 'somebody', 'anyone', 'nobody']);

/** Verbs after a sentence's opening word that make it a plural subject, so not one speaker ("Emails were sent …"). */
export const PLURAL_VERBS = new Set(['are', 'were', 'have', 'do']);
