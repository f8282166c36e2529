/**
 * Converts the German name data into the `token TAG` IOB2 files that
 * `npm run train:ner` and `npm run eval:ner` read, with a fixed, documented split.
 *
 *   npx tsx scripts/convert-german-ner.ts --germeval ../shared/data/germeval2014 \
 *     --europeana ../shared/data/europeana-ner-de --out .tmp/de-ner
 *
 * GermEval 2014 (CC BY 4.0; only its dev and test files are available): the outer
 * column only, OTH → MISC, and the `deriv` / `part` subtypes ("deutsche" LOCderiv,
 * "EU-Kommission" ORGpart) → O: a CoNLL-like scheme of four types (GermEval's official
 * metric scores the subtypes as eight classes of their own; we do not predict them). Each sentence is its own
 * document (GermEval samples unrelated sentences). The split, by position in the files:
 *   train.txt    dev.tsv (all) + test.tsv sentences 1–3100
 *   dev.txt      test.tsv sentences 3101–3600 (picks the epoch)
 *   heldout.txt  test.tsv sentences 3601–end (never trained on; the reported figure)
 * Europeana Newspapers (CC0, historic OCR) → europeana.txt, extra training data: PER/ORG/LOC,
 * typo tags repaired (B-PEr, B_LOC, B.PER), unknown tags → O, sentences cut after . ! ? and at
 * 60 tokens (the files have no sentence boundaries), documents at each `# file:` and every 30 sentences
 * (one file is a single 70,000-token page run; shorter documents shuffle and keep the context local).
 * `--names assets/public/languages/de/names.json` also writes augmented.txt: every training sentence
 * with a name, once more (`--copies N`: N times) with each person's and place's name swapped for one from the lists and each
 * organisation's and other name for another of its type from the training part (mention replacement),
 * so that the tagger learns the contexts of names rather than the few names it has seen.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { seededRandom } from './lib/random';

const { values } = parseArgs({
  options: {
    germeval: { type: 'string', default: '../shared/data/germeval2014' },
    europeana: { type: 'string', default: '../shared/data/europeana-ner-de' },
    out: { type: 'string', default: '.tmp/de-ner' },
    names: { type: 'string' },
    seed: { type: 'string', default: '1' },
    copies: { type: 'string', default: '1' },
  },
});

type Token = [word: string, tag: string];
type Sentence = Token[];

const TRAIN_FROM_TEST = 3100;
const DEV_FROM_TEST = 500;
const OUTER_TYPES: Record<string, string> = { PER: 'PER', ORG: 'ORG', LOC: 'LOC', OTH: 'MISC' };

/** The outer tag of a GermEval line in CoNLL terms; subtypes (deriv, part) are not names of the type. */
function germEvalTag(outer: string): string {
  const match = /^([BI])-(PER|ORG|LOC|OTH)$/u.exec(outer);
  return match ? `${match[1]}-${OUTER_TYPES[match[2]!]}` : 'O';
}

function readGermEval(path: string): Sentence[] {
  const sentences: Sentence[] = [];
  let current: Sentence = [];
  for (const line of readFileSync(path, 'utf8').split(/\r?\n/u)) {
    if (line.startsWith('#')) continue;
    const columns = line.split('\t');
    if (columns.length < 3) {
      if (current.length > 0) sentences.push(current);
      current = [];
      continue;
    }
    current.push([columns[1]!, germEvalTag(columns[2]!)]);
  }
  if (current.length > 0) sentences.push(current);
  return sentences.map(repairIob);
}

/** A tag made IOB2 again after subtypes became O: an I- with nothing of its type before it opens the name. */
function repairIob(sentence: Sentence): Sentence {
  return sentence.map(([word, tag], i) => {
    if (!tag.startsWith('I-')) return [word, tag];
    const previous = sentence[i - 1]?.[1] ?? 'O';
    return [word, previous.slice(2) === tag.slice(2) ? tag : `B-${tag.slice(2)}`];
  });
}

/** Europeana's tags with their typos repaired; anything else (stray tokens in the tag column, MISC) is O. */
function europeanaTag(raw: string | undefined): string {
  const match = /^([BI])[-_.]?(PER|ORG|LOC)/iu.exec(raw ?? '');
  return match ? `${match[1]!.toUpperCase()}-${match[2]!.toUpperCase()}` : 'O';
}

const MAX_SENTENCE = 60;
const MAX_DOCUMENT = 30;

function readEuropeana(path: string): Sentence[][] {
  const documents: Sentence[][] = [];
  let document: Sentence[] = [];
  let sentence: Sentence = [];
  const closeSentence = (): void => {
    if (sentence.length > 0) document.push(repairIob(sentence));
    sentence = [];
    if (document.length >= MAX_DOCUMENT) closeDocument();
  };
  const closeDocument = (): void => {
    if (sentence.length > 0) document.push(repairIob(sentence));
    sentence = [];
    if (document.length > 0) documents.push(document);
    document = [];
  };
  for (const line of readFileSync(path, 'utf8').split(/\r?\n/u)) {
    if (line.startsWith('# file:')) closeDocument();
    if (line.startsWith('#') || line.trim() === '') continue;
    const [word, raw] = line.trim().split(/\s+/u);
    sentence.push([word!, europeanaTag(raw)]);
    const tag = sentence.at(-1)![1];
    if ((/^[.!?]$/u.test(word!) && tag === 'O') || sentence.length >= MAX_SENTENCE) closeSentence();
  }
  closeDocument();
  return documents;
}

function conll(documents: Sentence[][]): string {
  return documents
    .map((doc) => `-DOCSTART- O\n\n${doc.map((s) => s.map(([w, t]) => `${w} ${t}`).join('\n')).join('\n\n')}\n`)
    .join('\n');
}

const dev = readGermEval(join(values.germeval, 'dev.tsv'));
const test = readGermEval(join(values.germeval, 'test.tsv'));
const europeana = ['enp_DE.lft.bio', 'enp_DE.onb.bio', 'enp_DE.sbb.bio'].flatMap((f) => readEuropeana(join(values.europeana, f)));
const split = {
  'train.txt': [...dev, ...test.slice(0, TRAIN_FROM_TEST)],
  'dev.txt': test.slice(TRAIN_FROM_TEST, TRAIN_FROM_TEST + DEV_FROM_TEST),
  'heldout.txt': test.slice(TRAIN_FROM_TEST + DEV_FROM_TEST),
};
mkdirSync(values.out, { recursive: true });
for (const [name, sentences] of Object.entries(split)) {
  writeFileSync(join(values.out, name), conll(sentences.map((s) => [s])));
  console.log(`${name}: ${sentences.length} sentences`);
}
writeFileSync(join(values.out, 'europeana.txt'), conll(europeana));
if (values.names) {
  const lists = JSON.parse(readFileSync(values.names, 'utf8')) as NameLists;
  const next = seededRandom(Number(values.seed));
  const augmented = Array.from({ length: Number(values.copies) }, () => augment(split['train.txt'], lists, next)).flat();
  writeFileSync(join(values.out, 'augmented.txt'), conll(augmented.map((s) => [s])));
  console.log(`augmented.txt: ${augmented.length} sentences`);
}
console.log(`europeana.txt: ${europeana.length} documents, ${europeana.reduce((n, d) => n + d.length, 0)} sentences`);

interface NameLists {
  firstNames: string[];
  lastNames: string[];
  places: string[];
}

/** The sentence's names as [start, end, type] word ranges. */
function names(sentence: Sentence): Array<[number, number, string]> {
  const found: Array<[number, number, string]> = [];
  sentence.forEach(([, tag], i) => {
    if (tag.startsWith('B-')) found.push([i, i + 1, tag.slice(2)]);
    else if (tag.startsWith('I-')) found.at(-1)![1] = i + 1;
  });
  return found;
}

/** Each sentence with a name, its names replaced: people and places from the lists, organisations and others from the training part. */
function augment(sentences: Sentence[], lists: NameLists, next: () => number): Sentence[] {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const seen = new Map<string, string[][]>();
  for (const sentence of sentences) {
    for (const [start, end, type] of names(sentence)) {
      const list = seen.get(type) ?? [];
      list.push(sentence.slice(start, end).map(([w]) => w));
      seen.set(type, list);
    }
  }
  const person = (length: number): string[] => {
    if (length === 1) return [pick(lists.lastNames)];
    return [pick(lists.firstNames), ...Array.from({ length: length - 2 }, () => pick(lists.firstNames)), pick(lists.lastNames)].flatMap((n) => n.split(' '));
  };
  const replacement = (type: string, length: number): string[] =>
    type === 'PER' ? person(length) : type === 'LOC' ? pick(lists.places).split(' ') : pick(seen.get(type) ?? [['X']]);
  return sentences.flatMap((sentence) => {
    const found = names(sentence);
    if (found.length === 0) return [];
    const out: Sentence = [];
    let at = 0;
    for (const [start, end, type] of found) {
      out.push(...sentence.slice(at, start));
      replacement(type, end - start).forEach((word, k) => out.push([word, `${k === 0 ? 'B' : 'I'}-${type}`]));
      at = end;
    }
    out.push(...sentence.slice(at));
    return [out];
  });
}
