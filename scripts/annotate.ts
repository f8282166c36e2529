/**
 * Annotates an article from the command line, with the extension's own code path.
 *
 *   npm run annotate -- FILE [--format json|text] [--url URL]
 *   npm run annotate -- --conll FILE
 *   npm run annotate -- --explain FILE            (every candidate attribution per sentence, and why it won or lost)
 *
 * FILE is a .txt article, an .html page (article detection and text mapping as
 * in the browser), or `-` for standard input (HTML when it starts with `<`).
 * `--url` is the page's address (an absolute http or https URL): links resolve
 * against the page's own `<base href>` resolved against it, as in a browser.
 * JSON output is the Analysis schema; `--conll` appends a predicted IOB2 tag to
 * every token line of a CoNLL-2003 file. `--lang de` analyses with that language's pack;
 * without it, plain text and CoNLL input are analysed in the language their words are detected in
 * (English when no pack fits).
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { SUPPORTED_LANGUAGES, analyze, detectTextLanguage, isSupportedLanguage, loadLanguagePack } from '../src/analysis';
import { repoModels } from './lib/repo-models';
import { tagConll } from '../src/analysis/entities/conll';
import { AnalysisSchema, type Analysis } from '../src/shared/schema';
import { explainClaims } from './lib/explain';
import { formatAnalysisText } from './lib/format-analysis';
import { readHtmlArticle } from './lib/read-article';
import { decodeHtml } from './eval/extract-html';

const USAGE = 'usage: npm run annotate -- FILE|- [--format json|text] [--url URL] [--lang CODE]\n       npm run annotate -- --conll FILE|- [--lang CODE]';

function fail(message: string, code = 2): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

let parsed: ReturnType<typeof parseCommandLine>;
try {
  parsed = parseCommandLine();
} catch (error) {
  fail(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
}
const { values, positionals } = parsed;
if (values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
const file = positionals[0];
if (!file || positionals.length > 1) fail(USAGE);
if (values.format !== 'json' && values.format !== 'text') fail(`--format must be json or text, not "${values.format}"\n${USAGE}`);
if (values.url !== undefined && !isWebAddress(values.url)) fail(`--url must be an absolute http or https address, not ${JSON.stringify(values.url)}`);

if (values.lang !== undefined && !isSupportedLanguage(values.lang)) fail(`--lang must be one of ${SUPPORTED_LANGUAGES.join(', ')}, not ${JSON.stringify(values.lang)}`);

let bytes: Buffer;
try {
  bytes = readFileSync(file === '-' ? 0 : file);
} catch (error) {
  fail(`cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
}
const isHtml = !values.conll && (/\.x?html?$/i.test(file) || (file === '-' && /^\s*</.test(bytes.toString('utf8', 0, 1024))));
// A page is decoded by its declared charset, as a browser (and `npm run extract`) does; text is UTF-8.
const input = isHtml ? decodeHtml(bytes) : bytes.toString('utf8');

/** The language asked for, else the one the words are in when a pack exists for it, else English. */
const languageOf = (text: string): string => values.lang ?? (isSupportedLanguage(detectTextLanguage(text)) ? detectTextLanguage(text) : 'en');

if (values.conll) {
  const pack = await loadLanguagePack(languageOf(input.replace(/^\S+\t|\s\S+$/gmu, ' ')), repoModels);
  process.stdout.write(tagConll(input, pack.nameModel()));
  process.exit(0);
}

let analysis: Analysis;
if (isHtml) {
  const article = readHtmlArticle(input, values.url);
  if (!article.ok) fail(`${article.state}: ${article.reason}`, 1);
  if (values.explain) {
    process.stdout.write(explainClaims(article.text, { links: article.links, blocks: article.blocks, meta: article.meta }));
    process.exit(0);
  }
  await loadLanguagePack(article.language, repoModels);
  analysis = analyze(article.text, { links: article.links, blocks: article.blocks, language: article.language, meta: article.meta });
} else {
  // Plain text: each line is a block, as the page layer makes them.
  if (values.explain) {
    process.stdout.write(explainClaims(input.replace(/\r\n?/g, '\n')));
    process.exit(0);
  }
  const language = languageOf(input);
  await loadLanguagePack(language, repoModels);
  analysis = analyze(input.replace(/\r\n?/g, '\n'), { language });
}
AnalysisSchema.parse(analysis);
process.stdout.write(values.format === 'text' ? formatAnalysisText(analysis) : `${JSON.stringify(analysis, null, 2)}\n`);

function parseCommandLine() {
  return parseArgs({
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'json' },
      conll: { type: 'boolean', default: false },
      explain: { type: 'boolean', default: false },
      url: { type: 'string' },
      lang: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
}

function isWebAddress(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}
