/**
 * Words that never belong to a source's noun phrase: verbs, modals, contractions
 * of the author's "I", adverbs and prepositions that a detector's subject search
 * can sweep in ("Just plug", "Lawmakers might", "with the deficit increasing").
 * Written for this project (MIT); lower case, straight apostrophes.
 */
export const NOT_SPEAKER_WORDS = new Set([
  "don't", "doesn't", "didn't", "won't", "can't", "isn't", "aren't", "wasn't", "weren't", "i'd", "i'm", "i've", "i'll", "it's", "that's",
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
 * "media have said", "police say", "staff told". Written for this project (MIT).
 */
export const COLLECTIVE_SPEAKERS = new Set([
  'media', 'police', 'staff', 'press', 'government', 'military', 'management', 'leadership', 'personnel', 'public',
  'intelligence', 'congress', 'parliament', 'clergy', 'security', 'prosecution', 'defense', 'defence', 'opposition',
]);

/** Capitalised labels before a colon that name no speaker: "UPDATE: …", "EDITOR'S NOTE: …". Lower case. */
export const NOT_SPEAKER_LABELS = new Set([
  'update', 'updated', 'breaking', 'breaking news', 'note', "editor's note", 'editor’s note', 'editors note', 'correction', 'clarification',
  'watch', 'read more', 'read', 'related', 'see also', 'photo', 'photos', 'video', 'image', 'audio', 'source', 'sources', 'credit',
  'warning', 'spoiler', 'disclaimer', 'disclosure', 'caption', 'live', 'exclusive', 'analysis', 'opinion', 'review', 'verdict',
  'the bottom line', 'bottom line', 'tl;dr', 'tldr', 'ps', 'p.s', 'q', 'a', 'question', 'answer', 'fact check', 'the facts', 'the claim',
  'pros', 'cons', 'price', 'specs', 'rating', 'score', 'summary', 'background', 'context', 'why it matters', 'what happened',
]);
