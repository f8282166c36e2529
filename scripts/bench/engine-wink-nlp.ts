import winkNLP from 'wink-nlp';
import winkModel from 'wink-eng-lite-web-model';
import type { Engine, EntitySpan } from './engines';

const wink = winkNLP(winkModel);
const its = wink.its;

/**
 * wink-nlp's own entities are dates, numbers and amounts, not names; its part-of-speech
 * tags are the nearest comparable work: runs of proper nouns, untyped.
 */
export const winkNlp: Engine = {
  name: 'wink-nlp',
  work: 'tokens, sentences, POS tags; proper-noun runs (untyped)',
  typed: false,
  run(text) {
    const doc = wink.readDoc(text);
    const values = doc.tokens().out(its.value) as string[];
    const tags = doc.tokens().out(its.pos) as string[];
    const entities: EntitySpan[] = [];
    let at = 0;
    let open: EntitySpan | undefined;
    values.forEach((value, i) => {
      const start = text.indexOf(value, at);
      // wink normalises a few tokens (quotes, contractions); keep the cursor where it was then.
      if (start === -1) return;
      at = start + value.length;
      if (tags[i] !== 'PROPN') open = undefined;
      else if (open) open.end = at;
      else entities.push((open = { start, end: at, type: 'ENT' }));
    });
    return { sentences: doc.sentences().length(), entities };
  },
};

