/**
 * Writes the Analysis JSON of the speed work's check texts (the bench corpus at
 * 12,000 and 100,000 words, the seed article, the labelled English and German
 * articles) to one file, so that a speed change can be shown to change nothing:
 * run it before and after, and `cmp` the two files.
 *
 *   npx tsx scripts/bench/analysis-snapshot.ts OUT.json
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyze, loadLanguagePack } from '../../src/analysis';
import { repoModels } from '../lib/repo-models';
import { buildCorpus, SEED_DIR } from './corpus';

const out = process.argv[2];
if (!out) throw new Error('usage: analysis-snapshot.ts OUT.json');

const articles = (dir: string) =>
  readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => [e.name, readFileSync(join(dir, e.name, 'article.txt'), 'utf8')] as const);

await loadLanguagePack('de', repoModels);
const corpus = buildCorpus([12000, 100000]);
const texts: (readonly [string, string, string])[] = [
  ['corpus-12000', corpus.get(12000)!, 'en'],
  ['corpus-100000', corpus.get(100000)!, 'en'],
  ['seed', readFileSync(join(SEED_DIR, 'article.txt'), 'utf8'), 'en'],
  ...articles(resolve('../shared/labelled')).map(([name, text]) => [name, text, 'en'] as const),
  ...articles(resolve('../shared/labelled-de')).map(([name, text]) => [name, text, 'de'] as const),
];
const analyses = texts.map(([name, text, language]) => ({ name, analysis: analyze(text, { language }) }));
writeFileSync(out, JSON.stringify(analyses, null, 1));
console.log(`${texts.length} texts written to ${out}`);
