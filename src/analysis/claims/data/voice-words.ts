/**
 * Words of the author's own voice that the subjectivity lexicon does not hold:
 * obligation and recommendation, imperatives that give advice, and the openers
 * of a sentence. Written for this project (MIT); lower case, straight apostrophes.
 */

/** The author says what ought to happen: "should", "must", "deserves". */
export const OBLIGATIONS = new Set(['should', "shouldn't", 'must', "mustn't", 'ought', 'deserve', 'deserves', 'deserved', 'need', 'needs', 'necessary', 'imperative', 'required']);

/** Verbs that open advice in the imperative: "Remember that …", "Try browsing …", "Think about …". */
export const IMPERATIVE_VERBS = new Set([
  'remember', 'try', 'think', 'consider', 'imagine', 'look', 'note', 'notice', 'ask', 'make', 'take', 'keep', 'stop',
  'avoid', 'forget', "don't", 'do', 'be', 'let', "let's", 'go', 'get', 'give', 'use', 'check', 'start', 'see', 'pay', 'buy',
  'skip', 'wait', 'believe', 'trust', 'beware', 'choose', 'find', 'put', 'turn', 'leave', 'never', 'always',
]);

/** Openers that carry a sentence's stance or its link to the last one; other first words fall in one bucket. */
export const OPENERS = new Set([
  'i', 'we', 'you', 'my', 'our', 'it', "it's", 'this', 'that', 'these', 'those', 'there', "there's", 'he', 'she', 'they', 'the',
  'a', 'an', 'but', 'and', 'so', 'yet', 'or', 'still', 'however', 'in', 'if', 'when', 'as', 'for', 'of', 'what', 'even', 'not',
  'no', 'instead', 'perhaps', 'maybe', 'after', 'since', 'according', 'while', 'although', 'now', 'then', 'also', 'that\'s',
]);

/** Second person: the author addressing the reader. */
export const SECOND_PERSON = new Set(['you', 'your', 'yours', 'yourself']);

/** First person plural: the author with the reader, or the outlet ("we are told"). */
export const FIRST_PERSON_PLURAL = new Set(['we', 'us', 'our', 'ours', 'ourselves']);

/** Comparison and degree: verdicts without an evaluative adjective ("the most", "better than", "too"). */
export const DEGREE_WORDS = new Set(['most', 'least', 'more', 'less', 'too', 'very', 'so', 'such', 'quite', 'rather', 'enough', 'only', 'just', 'even', 'ever', 'never', 'all', 'nothing', 'everything', 'everyone', 'nobody']);

/** Past-tense and perfect markers: reports of what happened lean factual. */
export const PAST_MARKERS = new Set(['was', 'were', 'had', 'did', 'has', 'have', 'been']);

/** Modal verbs: predictions and possibilities are the author's, not a report of what happened. */
export const MODALS = new Set(['will', 'would', 'could', 'can', 'may', 'might', "won't", "wouldn't", "couldn't", "can't", 'cannot', "'ll", "'d"]);

/** Hedges: the author weighs how likely something is ("probably", "it seems"). */
export const HEDGES = new Set([
  'perhaps', 'maybe', 'probably', 'likely', 'possibly', 'presumably', 'seems', 'seem', 'seemed', 'appears', 'apparently',
  'suggests', 'arguably', 'somewhat', 'fairly', 'relatively', 'largely', 'mostly', 'generally', 'typically', 'often', 'usually',
]);

/** Present-tense forms of "be" and "have": general statements lean to the author's view. */
export const PRESENT_MARKERS = new Set(['is', 'are', "isn't", "aren't", 'am', "it's", "that's", "there's", "what's"]);
