/**
 * How an article says it is an interview, and how a Q&A layout marks its turns. English; written for this
 * project (MIT), from the intros of interviews ("Wikinews interviews X", "an interview with X", "X spoke to us",
 * "sat down with X").
 */

/**
 * An intro sentence that says the article is an interview, and where the interviewee's name sits.
 * `(?<!\w)` and `(?!\w)` for `\b`: under the i and u flags V8 runs `\b` a hundred times slower.
 */
export const INTERVIEW_INTRO =
  /(?<!\w)interview(?:s|ed|ing)?(?!\w)|(?<!\w)Q\s?&\s?A(?!\w)|(?<!\w)(?:spoke|speaks|talked|talks|sat down|sits down)\s+(?:to|with)(?!\w)|(?<!\w)in conversation with(?!\w)/iu;

/** How many sentences from the top an intro may be (title, standfirst, first paragraph). */
export const INTRO_SENTENCES = 8;

/** "Q:", "Question:" opening a paragraph: the interviewer's turn. */
export const QUESTION_LABEL = /^\s*(?:Q|Question)\s*[:.]\s+\S/u;

/** "A:", "Answer:" opening a paragraph: the interviewee's turn. */
export const ANSWER_LABEL = /^\s*(?:A|Answer)\s*:\s+\S/u;

/** How far (in characters) the interviewee's name may start after the cue: room for a description ("US political activist and philosopher"). */
export const NAME_AFTER_CUE = 60;

/** How far the name may end before the cue ("Jack Herrick, wikiHow founder interviewed by …"). */
export const NAME_BEFORE_CUE = 30;

/** Words that start the interview's topic: a name after them is what was talked about, not who talked. */
export const TOPIC_START = /(?<!\w)(?:on|about|regarding|over|for|of|from)(?!\w)/iu;
