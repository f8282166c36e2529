/**
 * Converts GUM's entity layer (CoNLL-U, `Entity=` in MISC; Zeldes 2017, annotations CC-BY 4.0,
 * Wikinews text CC-BY 2.5) into IOB2 names in CoNLL-2003 style, for `npm run train:ner -- --extra`.
 *
 *   npx tsx scripts/ner-data/gum-to-iob2.ts [--people-places-organisations] ../shared/data/gum/dep/*.conllu > /tmp/gum.iob2
 *
 * GUM marks every mention as a whole noun phrase ("the University of Helsinki", "Afghan
 * Ambassador to the United States Hamdullah Mohib"); a name is the run of proper nouns in it
 * that holds the phrase's head, less a title and what comes before it. person / place /
 * organization become PER / LOC / ORG (a people, "Americans", MISC), any
 * other entity named by proper nouns (an event, a work, a product) MISC, and a capitalised
 * adjective outside names a demonym (MISC), as CoNLL-2003 has them. A sentence with a proper
 * noun left outside every name (an unlinked name GUM did not mark) is left out, so that no
 * name is learnt as not one; with `--people-places-organisations`, so is every sentence
 * naming anything else (no MISC names but demonyms).
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({ options: { 'people-places-organisations': { type: 'boolean', default: false } }, allowPositionals: true });

interface Token { form: string; upos: string; xpos: string; head: number; misc: string }
interface Span { start: number; end: number; etype: string }

const TYPE_OF: Record<string, string> = { person: 'PER', place: 'LOC', organization: 'ORG' };
// Dates and amounts are not names in CoNLL-2003 ("October").
const NAMED_OTHER = new Set(['event', 'object', 'abstract', 'substance', 'animal', 'plant']);
const TITLES = new Set(['mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'prof', 'prof.', 'professor', 'president', 'sen.', 'senator', 'gov.', 'governor', 'rep.', 'king', 'queen', 'prince', 'princess', 'pope', 'sir', 'lord', 'general', 'gen.', 'minister', 'prime', 'secretary', 'chancellor', 'judge', 'justice', 'chief', 'mayor', 'captain', 'st.', 'saint']);
const isProper = (t: Token) => t.xpos === 'NNP' || t.xpos === 'NNPS';
const JOINERS = new Set(['of', 'the', 'and', '&', '-', 'de', 'for', "'s", '’s']);

function entitySpans(tokens: Token[]): Span[] {
  const open = new Map<string, { start: number; etype: string }[]>();
  const spans: Span[] = [];
  tokens.forEach((t, i) => {
    const value = /(?:^|\|)Entity=([^|]*)/u.exec(t.misc)?.[1];
    if (!value) return;
    let k = 0;
    while (k < value.length) {
      if (value[k] === '(') {
        let j = k + 1;
        while (j < value.length && value[j] !== '(' && value[j] !== ')') j++;
        const [id, etype] = value.slice(k + 1, j).split('-');
        if (value[j] === ')') {
          spans.push({ start: i, end: i + 1, etype: etype! });
          j++;
        } else (open.get(id!) ?? open.set(id!, []).get(id!)!).push({ start: i, etype: etype! });
        k = j;
      } else {
        let j = k;
        while (j < value.length && /\d/u.test(value[j]!)) j++;
        const opened = open.get(value.slice(k, j))?.pop();
        if (opened) spans.push({ start: opened.start, end: i + 1, etype: opened.etype });
        k = j + 1;
      }
    }
  });
  return spans;
}

/** The run of proper nouns (with "of", "the", "&" inside) in a span that holds its head. */
function nameRun(tokens: Token[], span: Span): [number, number] | undefined {
  const inside = (i: number) => i >= span.start && i < span.end;
  const head = [...Array(span.end - span.start).keys()].map((k) => span.start + k).find((i) => !inside(tokens[i]!.head - 1)) ?? span.end - 1;
  const proper = (i: number) => isProper(tokens[i]!);
  if (!proper(head)) return undefined;
  let first = head;
  let last = head;
  for (;;) {
    let j = first - 1;
    while (inside(j) && !proper(j) && JOINERS.has(tokens[j]!.form.toLowerCase())) j--;
    if (inside(j) && proper(j)) first = j;
    else break;
  }
  for (;;) {
    let j = last + 1;
    while (inside(j) && !proper(j) && JOINERS.has(tokens[j]!.form.toLowerCase())) j++;
    if (inside(j) && proper(j)) last = j;
    else break;
  }
  return [first, last + 1];
}

function convert(sentence: Token[]): string[] | undefined {
  const tags = sentence.map(() => 'O');
  const spans = entitySpans(sentence).sort((a, b) => b.end - b.start - (a.end - a.start));
  for (const span of spans) {
    const run = nameRun(sentence, span);
    if (!run) continue;
    if (tags.slice(run[0], run[1]).some((t) => t !== 'O')) continue;
    let type = TYPE_OF[span.etype] ?? (!values['people-places-organisations'] && NAMED_OTHER.has(span.etype) ? 'MISC' : undefined);
    if (!type) continue;
    // "U.S. President Barack Obama", "Prof. Patrizia d'Ettorre": CoNLL leaves the title (and what precedes it) out of the name.
    if (type === 'PER') {
      const title = sentence.slice(run[0], run[1]).findLastIndex((t) => TITLES.has(t.form.toLowerCase()));
      if (title >= 0) run[0] += title + 1;
    }
    // "President of the International Brotherhood of Magicians": a title's of-phrase is no person's name.
    if (run[0] >= run[1] || !isProper(sentence[run[0]]!) || TITLES.has(sentence[run[0]]!.form.toLowerCase())) continue;
    // "Americans", "Arabs": a people is MISC in CoNLL-2003.
    if (type === 'PER' && run[1] - run[0] === 1 && sentence[run[0]]!.xpos === 'NNPS') type = 'MISC';
    for (let i = run[0]; i < run[1]; i++) tags[i] = `${i === run[0] ? 'B' : 'I'}-${type}`;
  }
  sentence.forEach((t, i) => {
    if (tags[i] === 'O' && t.upos === 'ADJ' && /^\p{Lu}\p{Ll}/u.test(t.form)) tags[i] = 'B-MISC';
  });
  const unmarked = sentence.some((t, i) => tags[i] === 'O' && isProper(t) && !TITLES.has(t.form.toLowerCase()));
  return unmarked ? undefined : tags;
}

let kept = 0;
let dropped = 0;
for (const file of positionals) {
  console.log('-DOCSTART- O\n');
  for (const block of readFileSync(file, 'utf8').split(/\n\s*\n/u)) {
    const tokens: Token[] = block
      .split('\n')
      .filter((line) => /^\d+\t/u.test(line))
      .map((line) => line.split('\t'))
      .map((c) => ({ form: c[1]!, upos: c[3]!, xpos: c[4]!, head: Number(c[6]), misc: c[9] ?? '_' }));
    if (tokens.length === 0) continue;
    const tags = convert(tokens);
    if (!tags) {
      dropped++;
      continue;
    }
    kept++;
    console.log(tokens.map((t, i) => `${t.form} ${tags[i]}`).join('\n') + '\n');
  }
}
console.error(`${kept} sentences kept, ${dropped} left out (a proper noun outside every name)`);
