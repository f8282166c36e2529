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
]);

/** A source does not open with a preposition ("In a letter", "With the deficit …"). */
export const PREPOSITIONS = new Set(['in', 'on', 'at', 'with', 'without', 'for', 'from', 'by', 'after', 'before', 'during', 'since', 'under', 'over', 'into', 'about', 'as', 'amid', 'despite']);
