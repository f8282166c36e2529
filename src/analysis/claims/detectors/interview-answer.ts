import { memoPerObject } from '../../bounded-memo';
import { ANSWER_LABEL, INTERVIEW_INTRO, INTRO_SENTENCES, NAME_AFTER_CUE, NAME_BEFORE_CUE, QUESTION_LABEL, TOPIC_START } from '../data/interview-words';
import type { ArticleView, Detector, SentenceView, SourceRef } from '../types';

/** A question's last sentence: "?" before any closing quote or bracket. */
const ENDS_WITH_QUESTION = /\?["”’)\]]*\s*$/u;

interface InterviewLayout {
  interviewee: SourceRef;
  /** Paragraphs that are the interviewee's answers. */
  answers: Set<number>;
}

/**
 * Q&A layouts: in an article whose intro names the person interviewed ("Wikinews interviews X", "an interview
 * with X"), a paragraph labelled "A:", and the paragraphs after it up to the next question or heading, are that
 * person's answers. Without a named interviewee nothing is given: a guess is worse than nothing.
 */
export const interviewAnswerDetector: Detector = {
  name: 'interview-answer',
  stage: 'quote',
  detect(sentence, article) {
    const layout = interviewLayout(article);
    if (!layout?.answers.has(sentence.paragraph)) return [];
    if (sentence.block && sentence.block.kind !== 'paragraph' && sentence.block.kind !== 'list-item') return [];
    if (article.frames(sentence.index).some((f) => !f.weak)) return [];
    return [{ detector: this.name, source: layout.interviewee, cues: [{ kind: 'quote-continuation', start: sentence.start, end: sentence.end }], at: sentence.start }];
  },
};

/** The article's Q&A layout, found once an article (every sentence asks). */
const interviewLayout = memoPerObject(findLayout);

function findLayout(article: ArticleView): InterviewLayout | undefined {
  const interviewee = findInterviewee(article);
  if (!interviewee) return undefined;
  const answers = new Set<number>();
  // An "A:" paragraph opens an answer; the paragraphs after it carry it on until a question or a heading.
  let answering = false;
  for (const paragraph of groupParagraphs(article.sentences)) {
    const first = paragraph[0]!;
    if (isQuestion(paragraph) || first.block?.kind === 'heading') answering = false;
    else if (ANSWER_LABEL.test(first.text)) answering = true;
    if (answering) answers.add(first.paragraph);
  }
  return answers.size > 0 ? { interviewee, answers } : undefined;
}

/**
 * The person the intro says is interviewed: named right after the cue ("interviews academic Simon Ličen",
 * "an interview with … Noam Chomsky", "spoke with William Evans"), before a topic ("on", "about") starts, or
 * right before it ("Jack Herrick, wikiHow founder interviewed by"). A body or a pronoun is not enough.
 */
function findInterviewee(article: ArticleView): SourceRef | undefined {
  for (const sentence of article.sentences.slice(0, INTRO_SENTENCES)) {
    const cue = INTERVIEW_INTRO.exec(sentence.text);
    if (!cue) continue;
    const cueStart = sentence.start + cue.index;
    const cueEnd = cueStart + cue[0].length;
    const persons = sentence.mentions.filter((m) => m.type === 'PER');
    const after = persons.filter((m) => m.start >= cueEnd && m.start - cueEnd <= NAME_AFTER_CUE && !TOPIC_START.test(article.text.slice(cueEnd, m.start)));
    const before = persons.filter((m) => m.end <= cueStart && cueStart - m.end <= NAME_BEFORE_CUE);
    // Two people interviewed ("Mario J. Lucero and Isabel Ruiz"): which one answers is unknown, so neither.
    const named = after.length > 0 ? after : before;
    if (named.length > 1) return undefined;
    const m = named[0];
    if (m) return { start: m.start, end: m.end, text: m.text, specific: true, person: true };
  }
  return undefined;
}

/** A paragraph that only asks: "Q: …", or every sentence a question. */
function isQuestion(paragraph: SentenceView[]): boolean {
  if (QUESTION_LABEL.test(paragraph[0]!.text)) return true;
  return ENDS_WITH_QUESTION.test(paragraph[paragraph.length - 1]!.text) && paragraph.every((s) => ENDS_WITH_QUESTION.test(s.text) || s === paragraph[0]);
}

function groupParagraphs(sentences: SentenceView[]): SentenceView[][] {
  const paragraphs: SentenceView[][] = [];
  for (const s of sentences) {
    const last = paragraphs[paragraphs.length - 1];
    if (last && last[0]!.paragraph === s.paragraph) last.push(s);
    else paragraphs.push([s]);
  }
  return paragraphs;
}
