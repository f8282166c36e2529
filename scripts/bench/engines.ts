import nlp from 'compromise';
import winkNLP from 'wink-nlp';
import winkModel from 'wink-eng-lite-web-model';
import { analyze } from '../../src/analysis';

/** A named-entity mention as character offsets; `type` is PER, ORG, LOC or MISC, or ENT where the engine has no types. */
export interface EntitySpan {
  start: number;
  end: number;
  type: string;
}

export interface EngineOutput {
  sentences: number;
  entities: EntitySpan[];
}

/** One engine doing sentence split and named entities on plain text. */
export interface Engine {
  name: string;
  /** What the engine does for the time measured, in a few words. */
  work: string;
  typed: boolean;
  run(text: string): EngineOutput;
}

const ours: Engine = {
  name: 'sourcelight',
  work: 'sentences, typed entities, coreference, claim labels',
  typed: true,
  run(text) {
    const analysis = analyze(text);
    return {
      sentences: analysis.sentences.length,
      entities: analysis.entities.flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, type: e.type }))),
    };
  },
};

const COMPROMISE_GROUPS = [
  ['PER', (d: ReturnType<typeof nlp>) => d.people()],
  ['ORG', (d: ReturnType<typeof nlp>) => d.organizations()],
  ['LOC', (d: ReturnType<typeof nlp>) => d.places()],
] as const;

const compromise: Engine = {
  name: 'compromise',
  work: 'sentences, people / organizations / places',
  typed: true,
  run(text) {
    const doc = nlp(text);
    const entities = COMPROMISE_GROUPS.flatMap(([type, pick]) =>
      (pick(doc).json({ offset: true }) as { offset: { start: number; length: number } }[]).map(({ offset }) => ({
        ...trimName(text, offset.start, offset.start + offset.length),
        type,
      })),
    );
    return { sentences: doc.sentences().length, entities };
  },
};

/**
 * compromise's offsets take in the punctuation, space and possessive around a
 * name; the name is what is scored. A final period stays on abbreviations (U.S.).
 */
function trimName(text: string, start: number, end: number): { start: number; end: number } {
  const span = text.slice(start, end);
  const lead = /^[\s\p{P}]*/u.exec(span)![0].length;
  let name = span.slice(lead).replace(/(?:['’]s)?[\s,;:!?"“”‘’()[\]]*$/u, '');
  if (name.endsWith('.') && !name.slice(0, -1).includes('.')) name = name.slice(0, -1);
  return { start: start + lead, end: start + lead + name.length };
}

const wink = winkNLP(winkModel);
const its = wink.its;

/**
 * wink-nlp's own entities are dates, numbers and amounts, not names; its part-of-speech
 * tags are the nearest comparable work: runs of proper nouns, untyped.
 */
const winkNlp: Engine = {
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

export const ENGINES: readonly Engine[] = [ours, compromise, winkNlp];
