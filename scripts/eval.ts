/**
 * Scores the engine against hand-labelled articles: claim labels and sources,
 * then entities, each beside a trivial baseline measured in the same run.
 *
 *   npm run eval -- [PATH ...]
 *
 * Each PATH is a gold folder (article.txt + gold.json) or a folder of them, e.g.
 * `npm run eval -- ../shared/fixtures/seed ../shared/labelled`. Without paths it
 * scores the copies bundled in tests/fixtures. `--update` also rewrites the
 * per-sentence goldens in tests/fixtures/goldens and lists the sentences that changed.
 * `--checkthat FILE.tsv` adds the out-of-domain CheckThat! subjectivity score
 * (e.g. ../shared/data/checkthat-subjectivity-en/dev_en.tsv); `--train-with PATH`
 * adds outside training data to every cross-validation fold (e.g. ../shared/data/newssd-eng);
 * `--gum FILE.tsv` scores attribution against GUM (../shared/data/gum/derived/gum_sentences.tsv);
 * `--sturdiness` adds the cross-validated score with the article kind's threshold shifted ±0.02, and its spread.
 * Each article is analysed in the language its text is detected in when a pack exists for it
 * (`--lang de` forces one), e.g. `npm run eval -- ../shared/labelled-de`; the cross-validated
 * decision layer is English, so only English articles enter it.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, detectTextLanguage, isSupportedLanguage, loadLanguagePack } from '../src/analysis';
import { repoModels } from './lib/repo-models';
import { attributionReport, claimReport, crossValidatedReport, sturdinessReport, subjectivityReport } from './eval/claims';
import { entityReport } from './eval/entities';
import { readGoldArticles } from './eval/gold';
import { trainingRows } from './train-claims';
import { committedGoldens, currentGoldens, GOLDEN_DIR, goldenDiff } from './eval/goldens';

const args = process.argv.slice(2).filter((a) => a !== '--');
if (args.includes('--update')) updateGoldens();
const checkThat = valueOf('--checkthat');
const gum = valueOf('--gum');
const outsidePaths = args.filter((_, i) => args[i - 1] === '--train-with');
const forcedLanguage = valueOf('--lang');
const paths = args.filter((a, i) => !a.startsWith('--') && !['--checkthat', '--train-with', '--gum', '--lang'].includes(args[i - 1] ?? ''));
const defaults = ['tests/fixtures/seed', 'tests/fixtures/labelled'].filter((p) => existsSync(p));
const missing = paths.filter((p) => !existsSync(p));
if (missing.length > 0) {
  console.error(`No such folder: ${missing.join(', ')}`);
  process.exit(2);
}
const articles = (paths.length ? paths : defaults).flatMap(readGoldArticles);
if (articles.length === 0) {
  console.error('No gold articles found (a folder needs article.txt and gold.json).');
  process.exit(2);
}
const languageOf = (text: string): string => forcedLanguage ?? (isSupportedLanguage(detectTextLanguage(text)) ? detectTextLanguage(text) : 'en');
for (const language of new Set(articles.map((a) => languageOf(a.text)))) await loadLanguagePack(language, repoModels);
const analyzeText = (text: string) => analyze(text, { language: languageOf(text) });
const englishArticles = articles.filter((a) => languageOf(a.text) === 'en');

console.log(`# Sourcelight evaluation: ${articles.length} article${articles.length === 1 ? '' : 's'}\n`);
console.log('## Claims\n');
console.log('### The engine as shipped\n');
console.log(claimReport(articles, analyzeText).markdown);
console.log('');
if (englishArticles.length > 0) console.log(crossValidatedReport(englishArticles, outsidePaths.flatMap((p) => trainingRows(p))).markdown);
if (englishArticles.length > 0 && args.includes('--sturdiness')) {
  console.log(`\n${sturdinessReport(englishArticles, (arguing) => outsidePaths.flatMap((p) => trainingRows(p, arguing))).markdown}`);
}
if (checkThat) {
  console.log(`\n### Out of domain: CheckThat! subjectivity (${checkThat}; opinion = SUBJ)\n`);
  console.log(subjectivityReport(readFileSync(checkThat, 'utf8'), analyzeText).markdown);
}
if (gum) {
  console.log(`\n### Out of domain: attribution in GUM's Wikinews news and interviews (${gum})\n`);
  console.log(attributionReport(readFileSync(gum, 'utf8'), analyzeText).markdown);
}
console.log('\n## Entities\n');
console.log(entityReport(articles, analyzeText).markdown);

/** Rewrites the per-sentence goldens and says which sentences changed. */
function updateGoldens(): void {
  const before = committedGoldens();
  const after = currentGoldens();
  const changes = after.flatMap((g) => goldenDiff(g.file, before.get(g.file), g.content));
  rmSync(GOLDEN_DIR, { recursive: true, force: true });
  mkdirSync(GOLDEN_DIR, { recursive: true });
  for (const g of after) writeFileSync(join(GOLDEN_DIR, g.file), g.content);
  console.log(`Goldens: ${after.length} files in ${GOLDEN_DIR}, ${changes.length} sentence lines changed${changes.length ? ':' : '.'}`);
  for (const change of changes) console.log(change);
  console.log('');
}

function valueOf(flag: string): string | undefined {
  const at = args.indexOf(flag);
  return at === -1 ? undefined : args[at + 1];
}
