/**
 * Scores the shipped tagger on a CoNLL-format file (IOB1 or IOB2 gold tags),
 * exact-span precision / recall / F1 per type by conlleval's rules, with
 * compromise on the same sentences as a baseline row, and our inference speed.
 *
 *   npm run eval:ner -- ../shared/data/conll2003/test.txt [--model FILE] [--no-baseline]
 *   npm run eval:ner -- ../shared/data/uner-en/en_pud-ud-test.iob2
 *
 * `--model` scores weights written by `npm run train:ner -- --out FILE` (a module or a `.bin` model file) instead of the
 * shipped ones; `--lang de` scores a language pack's model and entity stage (e.g. on
 * ../shared/data/uner-de-pud/de_pud-ud-test.iob2, or GermEval's held-out part written by
 * scripts/convert-german-ner.ts). `--errors` lists the pipeline's errors by class (missed, spurious, wrong type,
 * wrong bounds) with their sentences, for error analysis on a development split. Gold without MISC (Universal NER) is scored over PER/ORG/LOC only:
 * a MISC prediction there is neither right nor wrong.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import nlp from 'compromise';
import { parseConll, type ConllSentence } from '../src/analysis/entities/conll-format';
import { decodeBase64 } from '../src/analysis/entities/base64';
import { isSupportedLanguage, loadLanguagePack } from '../src/analysis/languages';
import { repoModels } from './lib/repo-models';
import { layOutTokenLines } from './lib/token-lines';
import { decodeModel } from '../src/analysis/entities/model-codec';
import { modelWord } from '../src/analysis/entities/model-input';
import { buildEntities } from '../src/analysis/entities/build';
import { tagDocument } from '../src/analysis/entities/tag-document';
import { retypeKnown } from '../src/analysis/knowledge';
import { listSpanErrors, scoreSpans, wordTagsFromSpans, type TypeScore } from './eval/conlleval';

const { values, positionals } = parseArgs({
  options: {
    model: { type: 'string' },
    lang: { type: 'string', default: 'en' },
    'no-baseline': { type: 'boolean', default: false },
    errors: { type: 'boolean', default: false },
  },
  allowPositionals: true,
});
if (!isSupportedLanguage(values.lang)) {
  console.error(`--lang: no language pack for ${JSON.stringify(values.lang)}`);
  process.exit(2);
}
const pack = await loadLanguagePack(values.lang, repoModels);
const file = positionals[0];
if (!file || !existsSync(file)) {
  console.error(`${file ? `No such file: ${file}\n` : ''}usage: npm run eval:ner -- FILE   (CoNLL-2003 format, e.g. ../shared/data/conll2003/test.txt)`);
  process.exit(2);
}

const documents = parseConll(readFileSync(file, 'utf8'));
const sentences = documents.flat();
const gold = sentences.map((s) => s.gold);
const tokenCount = sentences.reduce((n, s) => n + s.words.length, 0);

// Speeds are per second of this process's CPU time, so a busy machine slows the clock, not the figure.
const cpuSeconds = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1e6;
};

const decodeStart = performance.now();
const weights = !values.model
  ? pack.nameModel()
  : values.model.endsWith('.bin')
    ? decodeModel(readFileSync(values.model))
    : decodeModel(decodeBase64(((await import(pathToFileURL(resolve(values.model)).href)) as { NER_MODEL_BASE64: string }).NER_MODEL_BASE64));
const decodeMs = performance.now() - decodeStart;

const tagAll = () => documents.flatMap((doc) => tagDocument(weights, doc.map((s) => s.words.map(modelWord))));
tagAll(); // warm up the JIT before timing
const runs = 3;
const tagStart = process.cpuUsage();
const tagWallStart = performance.now();
let ours: string[][] = [];
for (let r = 0; r < runs; r++) ours = tagAll();
const tokensPerSecond = (tokenCount * runs) / cpuSeconds(tagStart);
const tokensPerWallSecond = (tokenCount * runs) / ((performance.now() - tagWallStart) / 1000);

// The whole entity stage as the extension runs it (document-level types, merging, gazetteer), shipped weights only.
const pipeline = values.model ? [] : documents.flatMap((doc) => pipelineTags(doc, false));
// Universal NER's files give each sentence as written: the same stage on that text ("Gordon-Levitt", not "Gordon - Levitt").
const asWritten = sentences.every((s) => s.text !== undefined);
const pipelineWritten = values.model || !asWritten ? [] : documents.flatMap((doc) => pipelineTags(doc, true));

const baselineStart = process.cpuUsage();
const theirs = values['no-baseline'] ? [] : sentences.map(compromiseTags);
const baselineTokensPerSecond = tokenCount / cpuSeconds(baselineStart);

const hasMisc = gold.some((tags) => tags.some((t) => t.endsWith('-MISC')));
const TYPES = hasMisc ? ['PER', 'ORG', 'LOC', 'MISC'] : ['PER', 'ORG', 'LOC'];
const table = (name: string, scores: TypeScore[]) =>
  scores.map((s) => `| ${name} | ${s.type} | ${pct(s.precision)} | ${pct(s.recall)} | ${pct(s.f1)} | ${s.gold} | ${s.predicted} |`);
const pct = (x: number) => (100 * x).toFixed(2);

console.log(`${file}: ${documents.length} documents, ${sentences.length} sentences, ${tokenCount} tokens${hasMisc ? '' : '; scored over PER/ORG/LOC (no MISC in gold)'}\n`);
console.log('| tagger | type | precision | recall | F1 | gold | predicted |');
console.log('|---|---|---|---|---|---|---|');
console.log(
  [
    ...table('sourcelight tagger', scoreSpans(gold, ours, TYPES)),
    ...(values.model ? [] : table('sourcelight pipeline', scoreSpans(gold, pipeline, TYPES))),
    ...(pipelineWritten.length === 0 ? [] : table('sourcelight pipeline, text as written', scoreSpans(gold, pipelineWritten, TYPES))),
    ...(values['no-baseline'] ? [] : table('compromise', scoreSpans(gold, theirs, TYPES))),
  ].join('\n'),
);
console.log(
  '\ntagger: the model alone, sentence by sentence; pipeline: the language pack’s names stage + buildEntities + retypeKnown over each document ' +
    '(one sentence a line, tokens joined by spaces), as analyze() runs them; demonyms are not entities there, and an honorific ("Mr.") is left out of the span as the gold does' +
    (pipelineWritten.length === 0 ? '.' : '; text as written: the same, each sentence as the file writes it (`# text`), where its tokens spell it.'),
);
// The errors of the text as written where the file gives it: the nearer to an article.
if (values.errors && !values.model) console.log(`\n${listSpanErrors(sentences.map((s) => s.words), gold, asWritten ? pipelineWritten : pipeline, TYPES)}`);
const rate = (x: number) => Math.round(x).toLocaleString('en');
console.log(
  `\nmodel decode ${decodeMs.toFixed(1)} ms; sourcelight ${rate(tokensPerSecond)} tokens per CPU second (${rate(tokensPerWallSecond)} per wall-clock second), ` +
    (values['no-baseline'] ? '(one thread)' : `compromise ${rate(baselineTokensPerSecond)} tokens per CPU second (one thread)`),
);

/** compromise's people / organizations / places mapped onto the file's tokens (it has no MISC). */
function compromiseTags(sentence: ConllSentence): string[] {
  const doc = nlp(sentence.words.join(' '));
  const groups = [['PER', doc.people()], ['ORG', doc.organizations()], ['LOC', doc.places()]] as const;
  const spans = groups.flatMap(([type, matches]) =>
    (matches.json({ offset: true }) as { offset: { start: number; length: number } }[]).map(({ offset }) => ({ start: offset.start, end: offset.start + offset.length, type })),
  );
  return wordTagsFromSpans(sentence.words, spans);
}

/** IOB2 tags for a document from the entity pipeline: its sentences as lines of space-joined words (or as written), mentions mapped back to words. */
function pipelineTags(doc: ConllSentence[], written: boolean): string[][] {
  const { text, sentences: spans, tokenStarts: wordStarts } = layOutTokenLines(
    doc.map((sentence) => sentence.words),
    written ? doc.map((sentence) => sentence.text) : [],
  );
  const tags = doc.map((sentence) => sentence.words.map(() => 'O'));
  for (const entity of retypeKnown(buildEntities(text, pack.names.recognize(text, spans), spans))) {
    for (const mention of entity.mentions) {
      const s = spans.findIndex((span) => span.start <= mention.start && mention.start < span.end);
      if (s < 0) continue;
      const starts = wordStarts[s]!;
      let first = starts.findLastIndex((o) => o <= mention.start);
      const last = starts.findLastIndex((o) => o < mention.end);
      if (first < last && /^(?:Mr|Mrs|Ms|Mx|Dr|Prof|Sir|Dame)\.?$/u.test(doc[s]!.words[first]!)) first++;
      if (first < 0 || last < first || tags[s]!.slice(first, last + 1).some((t) => t !== 'O')) continue;
      for (let i = first; i <= last; i++) tags[s]![i] = `${i === first ? 'B' : 'I'}-${entity.type}`;
    }
  }
  return tags;
}
