/**
 * Lists the engine's attribution errors on GUM, for reading and classifying them:
 * missed attributions (FN), false attributions (FP) and wrong sources.
 *
 *   tsx scripts/eval/gum-misses.ts ../shared/data/gum/derived/gum_sentences.tsv [fn|fp|source]
 */
import { readFileSync } from 'node:fs';
import { analyze, loadLanguagePack } from '../../src/analysis';
import { repoModels } from '../lib/repo-models';
import { attributionReport } from './claims';

const [file, only] = process.argv.slice(2);
if (!file) {
  console.error('usage: tsx scripts/eval/gum-misses.ts GUM_SENTENCES.tsv [fn|fp|source]');
  process.exit(2);
}
await loadLanguagePack('en', repoModels);
const { markdown, rows } = attributionReport(readFileSync(file, 'utf8'), (text) => analyze(text, { language: 'en' }));
console.log(markdown);
for (const r of rows) {
  const kind = r.attributed && !r.predicted ? 'fn' : !r.attributed && r.predicted ? 'fp' : r.sourceShared === false && r.predicted ? 'source' : undefined;
  if (!kind || (only && only !== kind)) continue;
  console.log(`${kind}\t${r.doc}\t${r.label}\tgold=${r.goldSource}\tgot=${r.source}\t${r.text}`);
}
