/**
 * How pages say what kind of article they are (schema.org types, section names,
 * address paths), and the words by which an author speaks in the first person.
 * Written for this project (MIT).
 */

/** schema.org types of reviews (ReviewNewsArticle, CriticReview, Review). */
export const REVIEW_TYPES = new Set(['ReviewNewsArticle', 'CriticReview', 'Review', 'UserReview', 'EmployerReview']);
/** schema.org types of opinion pieces, essays and analysis columns. */
export const OPINION_TYPES = new Set(['OpinionNewsArticle', 'AnalysisNewsArticle', 'BackgroundNewsArticle', 'SatiricalArticle']);

/** Section names and path segments of reviews: "/review/", "Reviews", "/books/review". */
export const REVIEW_SECTION = /(?:^|[/\s-])reviews?(?:$|[/\s-])/iu;
/**
 * Section names and path segments of opinion: "/opinion/", "/commentisfree/", "Editorials", "Columns", "Essay", "Letters".
 * Not "/blog/": a blog is a way of publishing, not a genre (a company's announcements, a tutorial, release notes), and a
 * blogger who argues in the first person is read as opinion from the text.
 */
export const OPINION_SECTION = /(?:^|[/\s-])(?:opinions?|commentisfree|comment|commentary|editorials?|columns?|columnists?|op-?eds?|essays?|letters|viewpoints?|perspectives?|analysis|ideas|voices)(?:$|[/\s-])/iu;

/** The author speaking as "I" (lower case, straight apostrophes). */
export const FIRST_PERSON_SINGULAR = new Set(['i', 'me', 'my', 'mine', 'myself']);
