/**
 * Converts tweets annotated for names in two-column CoNLL (the Broad Twitter Corpus, Derczynski et al. 2016,
 * and WNUT 2017, Derczynski et al. 2017; both CC-BY 4.0) into IOB2 names in CoNLL-2003 style, one tweet a
 * document, for `npm run train:ner -- --extra` (experiments in src/analysis/entities/data/MODEL.md).
 *
 *   npx tsx scripts/ner-data/tweets-to-iob2.ts [--strict] FILE… > /tmp/tweets.iob2
 *
 * PER / ORG / LOC stay; WNUT's person, location, corporation and group (bands, teams, parties) become
 * PER, LOC, ORG and ORG, its product and creative-work MISC, and a capitalised nationality outside
 * every name ("the Dutch victims", marked by neither corpus) MISC, as CoNLL-2003 has it. A hashtag
 * loses its '#' ("#Pistorius" is "Pistorius"); handles, a lone '@' or '#', web addresses and "RT" are
 * left out, since news text has none. A tweet is kept only when it reads like edited prose: it names
 * someone or something, each name starts with a capital, it has lower-case words and few words in
 * capitals, so that the weights learn today's names in their usual case, not that lower-case words
 * can be names. `--strict` also leaves out a tweet with a capitalised word outside every name that
 * opens no sentence (a name the corpus does not mark).
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { DEMONYMS } from '../../src/analysis/entities/data/demonyms';
import { spansFromTags, tagsFromSpans } from '../../src/analysis/entities/tags';

const TYPE_OF: Record<string, string> = {
  PER: 'PER', ORG: 'ORG', LOC: 'LOC',
  person: 'PER', location: 'LOC', corporation: 'ORG', group: 'ORG', product: 'MISC', 'creative-work': 'MISC',
};
const DROPPED = /^(?:#|@\w.*|https?:\/\/.*|www\..*|RT)$/u;

interface Tweet { words: string[]; tags: string[] }

function readTweets(text: string): Tweet[] {
  return text
    .split(/\r?\n\s*\r?\n/u)
    .map((block) => block.split(/\r?\n/u).filter((line) => line.trim() !== '').map((line) => line.trim().split(/\s+/u)))
    .filter((rows) => rows.length > 0 && rows[0]![0] !== '-DOCSTART-')
    .map((rows) => ({ words: rows.map((r) => r[0]!), tags: rows.map((r) => r.at(-1)!) }));
}

/** The tweet without handles and addresses, hashtags as words, and its names in CoNLL's types. */
function normalise(tweet: Tweet): Tweet {
  const spans = spansFromTags(tweet.tags);
  const keep = tweet.words.map((w, i) => !DROPPED.test(w) && !(w === '@' || tweet.words[i - 1] === '@'));
  const newIndex: number[] = [];
  let n = 0;
  for (const k of keep) newIndex.push(k ? n++ : -1);
  const words = tweet.words.filter((_, i) => keep[i]).map((w) => (/^#\p{L}/u.test(w) ? w.slice(1) : w));
  const kept = spans.flatMap((s) => {
    const indices = Array.from({ length: s.end - s.start }, (_, k) => newIndex[s.start + k]!).filter((i) => i >= 0);
    const type = TYPE_OF[s.type];
    return indices.length > 0 && type ? [{ start: indices[0]!, end: indices.at(-1)! + 1, type }] : [];
  });
  // "the Dutch victims": neither corpus marks a nationality, which CoNLL-2003 calls MISC.
  const tags = tagsFromSpans(kept, words.length).map((t, i) => (t === 'O' && /^\p{Lu}/u.test(words[i]!) && DEMONYMS.has(words[i]!.toLowerCase()) ? 'B-MISC' : t));
  return { words, tags };
}

/** A capitalised word outside every name, not opening a sentence: a name the corpus does not mark (a MISC one). */
function hasUnmarkedName(tweet: Tweet): boolean {
  return tweet.words.some((w, i) => i > 0 && tweet.tags[i] === 'O' && /^\p{Lu}/u.test(w) && !/^(?:[.!?:"“]|\.\.\.|…)$/u.test(tweet.words[i - 1]!) && w !== 'I');
}

/** Edited prose: a name, every name capitalised, lower-case words, few shouted ones. */
function readsLikeProse(tweet: Tweet): boolean {
  const spans = spansFromTags(tweet.tags);
  if (spans.length === 0 || !spans.every((s) => /^[\p{Lu}\d]/u.test(tweet.words[s.start]!))) return false;
  const alphabetic = tweet.words.filter((w) => /\p{L}/u.test(w));
  const lower = alphabetic.filter((w) => /^\p{Ll}/u.test(w)).length;
  const shouted = alphabetic.filter((w) => w.length > 1 && w === w.toUpperCase() && w !== w.toLowerCase()).length;
  return lower >= 2 && shouted <= alphabetic.length * 0.2;
}

let kept = 0;
let dropped = 0;
const { values, positionals } = parseArgs({ options: { strict: { type: 'boolean', default: false } }, allowPositionals: true });
for (const file of positionals) {
  for (const tweet of readTweets(readFileSync(file, 'utf8')).map(normalise)) {
    if (tweet.words.length === 0 || !readsLikeProse(tweet) || (values.strict && hasUnmarkedName(tweet))) {
      dropped++;
      continue;
    }
    kept++;
    console.log(`-DOCSTART- O\n\n${tweet.words.map((w, i) => `${w} ${tweet.tags[i]}`).join('\n')}\n`);
  }
}
console.error(`${kept} tweets kept, ${dropped} left out`);
