import nlp from 'compromise';
import type { Engine } from './engines';

const COMPROMISE_GROUPS = [
  ['PER', (d: ReturnType<typeof nlp>) => d.people()],
  ['ORG', (d: ReturnType<typeof nlp>) => d.organizations()],
  ['LOC', (d: ReturnType<typeof nlp>) => d.places()],
] as const;

export const compromise: Engine = {
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

