import { memoPerObject } from '../../bounded-memo';
import { claimParagraphsBetween } from '../paragraphs';
import type { ArticleView, Attribution, Detector, SourceRef } from '../types';
import type { Quotation } from '../quotations';
import { labelSource } from './speaker-label';

/** Below this share of quoted letters, quotation marks hold a phrase inside the author's sentence. */
const QUOTED_SENTENCE_SHARE = 0.4;
/** A quotation paragraph keeps the speaker of a quotation this many paragraphs back (captions not counted). */
const MAX_PARAGRAPHS_QUOTED = 2;

/** A pull-quote's speaker line: a short name on the line after the quotation. */
const NAME_LINE = /^\p{Lu}[\p{L}.'’-]*(?:[ \u00a0]+\p{Lu}[\p{L}.'’-]*){0,3}[,.]?$/u;

/**
 * Direct quotations whose speaker is not in the sentence itself: the speaker
 * named where the quotation opens or closes (in another sentence or paragraph
 * of the same quotation), the speaker of the previous paragraph's quotation
 * when a paragraph continues it, or the name line under a pull quote.
 */
export const quoteSpeakerDetector: Detector = {
  name: 'quote-speaker',
  stage: 'quote',
  detect(sentence, article, discourse) {
    const inside = article.quotations.at(sentence.start) ?? article.quotations.at(sentence.words.find((w) => /[\p{L}\p{N}]/u.test(w.text))?.start ?? sentence.start);
    const quotes = article.quotations.within(sentence);
    if (quotes.length === 0 || (!inside && sentence.quotedShare < QUOTED_SENTENCE_SHARE)) return [];
    if (article.frames(sentence.index).some((f) => !f.weak)) return [];
    // "Obama on the economy: “We have …”": the label opening the paragraph names the speaker, not the last one.
    if (article.sentences[sentence.index - 1]?.paragraph !== sentence.paragraph && labelSource(sentence, article)) return [];
    const chain = (inside ?? quotes[0]!).chain;
    const cue = { kind: 'quote-continuation' as const, start: sentence.start, end: sentence.end };
    const attribution = (source: SourceRef, kind: 'quote' | 'quote-continuation'): Attribution[] => [
      { detector: this.name, source, cues: [kind === 'quote' ? quoteCue(quotes[0]!) : cue], at: sentence.start },
    ];
    const known = discourse.chainSpeakers.get(chain);
    if (known) return attribution(known, 'quote-continuation');
    const closing = speakerLaterInChain(sentence.index, chain, article);
    if (closing) return attribution(closing, 'quote');
    const pull = pullQuoteSpeaker(sentence.index, article);
    if (pull) return attribution(pull, 'quote');
    const last = discourse.lastSpeaker;
    if (last && claimParagraphsBetween(article, last.sentence, sentence.index) <= (last.quoted ? MAX_PARAGRAPHS_QUOTED : 1)) return attribution(last.source, 'quote-continuation');
    if (discourse.lastPerson && inside) return attribution(discourse.lastPerson, 'quote-continuation');
    return [];
  },
};

function quoteCue(quote: Quotation) {
  return { kind: 'quote' as const, start: quote.start, end: quote.end };
}

/** How far each chain has been searched for its closing speaker, so that a long quotation is walked once. */
const chainSearches = memoPerObject((_article: ArticleView) => new Map<number, { next: number; found?: { at: number; source: SourceRef } }>());

/** The speaker named in a later sentence of the same quotation (“… she said.” after a multi-sentence quote). */
function speakerLaterInChain(index: number, chain: number, article: ArticleView): SourceRef | undefined {
  const searches = chainSearches(article);
  let search = searches.get(chain);
  if (!search) searches.set(chain, (search = { next: index + 1 }));
  if (search.found && search.found.at > index) return search.found.source;
  for (let j = Math.max(search.next, index + 1); j < article.sentences.length; j = search.next) {
    search.next = j + 1;
    const later = article.sentences[j]!;
    if (!article.quotations.within(later).some((q) => q.chain === chain)) {
      search.next = article.sentences.length;
      return undefined;
    }
    const frame = article.frames(j).find((f) => !f.weak);
    if (frame) {
      search.found = { at: j, source: frame.source };
      return frame.source;
    }
  }
  return undefined;
}

/** A quotation alone on its line, followed by a line that is just a name: a pull quote and its speaker. */
function pullQuoteSpeaker(index: number, article: ArticleView): SourceRef | undefined {
  const sentence = article.sentences[index]!;
  let next = index + 1;
  while (article.sentences[next]?.paragraph === sentence.paragraph) next++;
  const line = article.sentences[next];
  if (!line || line.paragraph !== sentence.paragraph + 1 || article.sentences[next + 1]?.paragraph === line.paragraph) return undefined;
  if (!NAME_LINE.test(line.text)) return undefined;
  const text = line.text.replace(/[,.]$/u, '');
  return { start: line.start, end: line.start + text.length, text, specific: true, person: true };
}
