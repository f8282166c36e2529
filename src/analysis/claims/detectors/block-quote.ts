import { authorSpeaksAsI } from '../article-kind';
import { claimParagraphsBetween } from '../paragraphs';
import type { Detector } from '../types';
import { labelSource } from './speaker-label';
import { isAcronym, type Word } from '../words';
import { FIRST_PERSON_SINGULAR } from '../data/article-kinds';
import { FIRST_PERSON_PLURAL } from '../data/voice-words';

const QUOTE_MARKS = /[“”"]/u;

/** Once a block quote is running, a first-person paragraph this far on still belongs to it. */
const MAX_PARAGRAPHS_IN_BLOCK_QUOTE = 3;
/** "I" opens a block quote; "we" ("allows us to craft") only after a person or inside one, since authors say "we" for everyone. */

/**
 * Quoted writing without quotation marks: a blockquote from the page, or, in
 * plain text, a first-person paragraph right after a named speaker ("Askar wrote
 * in a blog post …" followed by "In my case, I chose …"). The rest of such a
 * paragraph keeps the speaker too.
 */
export const blockQuoteDetector: Detector = {
  name: 'block-quote',
  stage: 'quote',
  detect(sentence, article, discourse) {
    const last = discourse.lastSpeaker;
    if (!last?.source.specific || article.frames(sentence.index).some((f) => !f.weak)) return [];
    if (article.quotations.within(sentence).length > 0) return [];
    const sameParagraph = article.sentences[last.sentence]!.paragraph === sentence.paragraph;
    // "Mr Malone: I think …" inside a quoted interview: the label opening the paragraph names the next speaker.
    if (!sameParagraph && article.sentences[sentence.index - 1]?.paragraph !== sentence.paragraph && labelSource(sentence, article)) return [];
    const inQuoteBlock = sentence.block?.kind === 'quote';
    // In an essay or review the author writes as "I": a first-person paragraph is theirs, not the last speaker's.
    if (!inQuoteBlock && authorSpeaksAsI(article.firstPersonShare)) return [];
    // "“We will win,” said the mayor." then "I have covered this city for ten years …": a speaker whose words were in
    // quotation marks closed them; an unmarked first-person paragraph after is the author's (a quotation that goes on
    // opens the next paragraph with its mark). A reported writer ("Askar wrote in a blog post …") may go on as "I".
    const unmarked = !QUOTE_MARKS.test(sentence.text);
    if (unmarked && !inQuoteBlock && !sameParagraph && !last.blockQuote && article.quotations.within(article.sentences[last.sentence]!).length > 0) return [];
    const voices = last.blockQuote || last.source.person ? [FIRST_PERSON_SINGULAR, FIRST_PERSON_PLURAL] : [FIRST_PERSON_SINGULAR];
    const firstPerson = sentence.words.some((w, k) => !w.quoted && !isAcronym(w) && voices.some((v) => v.has(w.lower)) && !inTitle(sentence.words, k));
    const distance = claimParagraphsBetween(article, last.sentence, sentence.index);
    const reach = last.blockQuote ? MAX_PARAGRAPHS_IN_BLOCK_QUOTE : 1;
    const continues = (last.blockQuote && sameParagraph) || ((inQuoteBlock || firstPerson) && distance <= reach);
    if (!continues) return [];
    return [{ detector: this.name, source: last.source, cues: [{ kind: 'quote-continuation', start: sentence.start, end: sentence.end }], at: sentence.start }];
  },
};

/**
 * "started the Go Fund Me page", "told Us Weekly": a capitalised "Me" or "Us" next to another capitalised word
 * inside the sentence is a word of a name or title, not a speaker's voice. "I" is always capitalised.
 */
function inTitle(words: readonly Word[], k: number): boolean {
  const w = words[k]!;
  if (k === 0 || !/^\p{Lu}/u.test(w.text) || /^i\b/u.test(w.lower)) return false;
  return [words[k - 1], words[k + 1]].some((n) => n !== undefined && /^\p{Lu}/u.test(n.text) && !/^i\b/u.test(n.lower));
}
