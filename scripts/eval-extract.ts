/**
 * Article extraction scored on trafilatura's corpus, as its tests/eval_common.py does.
 *
 *   npm run eval:extract -- ../shared/data/trafilatura-eval [--limit N] [--lang xx] [--worst N] [--json out.json] [--anyway]
 *
 * Rows: the text the extension would analyse (empty when the page is not taken
 * for an article), the same text when the reader asks to analyse the page anyway,
 * and Mozilla Readability.js alone (its textContent) on the same DOM, in the same run.
 */
import { writeFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { addCounts, countPage, readCorpus, readPageHtml, scores, ZERO, type Counts, type CorpusPage } from './eval/extract-corpus';
import { extractHtml } from './eval/extract-html';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const dir = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
if (!dir) {
  console.error('usage: npm run eval:extract -- CORPUS_DIR [--limit N] [--lang xx] [--worst N] [--json out.json]');
  process.exit(2);
}
const limit = Number(option('--limit') ?? Infinity);
const onlyLang = option('--lang');
const worstCount = Number(option('--worst') ?? 10);
/** Score what the reader gets with "Analyse this page anyway" on every page. */
const force = args.includes('--anyway');

function readabilityText(html: string, url: string): string | undefined {
  const { document } = parseHTML(html);
  if (/^https?:/i.test(url)) Object.defineProperty(document, 'URL', { value: url, configurable: true });
  try {
    return new Readability(document as unknown as Document).parse()?.textContent ?? undefined;
  } catch {
    return undefined;
  }
}

interface PageRow {
  page: CorpusPage;
  lang: string;
  state: string;
  ours: Counts;
  readability: Counts;
  ms: number;
  readabilityMs: number;
}

const corpus = readCorpus(dir).slice(0, limit);
const rows: PageRow[] = [];
const started = performance.now();
for (const page of corpus) {
  const html = readPageHtml(dir, page.file);
  const t0 = performance.now();
  let extracted;
  try {
    extracted = extractHtml(html, /^https?:/i.test(page.url) ? page.url : undefined, { force });
  } catch (error) {
    extracted = { state: 'error', text: '', language: 'und', reason: String(error) };
  }
  const t1 = performance.now();
  const baseline = readabilityText(html, page.url);
  const t2 = performance.now();
  const lang = extracted.language ?? 'und';
  if (onlyLang && lang !== onlyLang) continue;
  rows.push({
    page,
    lang,
    state: extracted.state,
    ours: countPage(page, extracted.state === 'article' ? extracted.text : undefined),
    readability: countPage(page, baseline),
    ms: t1 - t0,
    readabilityMs: t2 - t1,
  });
}
const seconds = (performance.now() - started) / 1000;

const fmt = (x: number): string => x.toFixed(3);
function line(name: string, counts: Counts, pages: number): string {
  const s = scores(counts);
  return `| ${name} | ${pages} | ${fmt(s.precision)} | ${fmt(s.recall)} | ${fmt(s.accuracy)} | ${fmt(s.f1)} |`;
}
const total = (pick: (r: PageRow) => Counts, of: PageRow[]) => of.reduce((sum, r) => addCounts(sum, pick(r)), ZERO);

console.log(`\n${rows.length} pages in ${seconds.toFixed(0)} s (ours ${(rows.reduce((s, r) => s + r.ms, 0) / 1000).toFixed(0)} s, Readability.js ${(rows.reduce((s, r) => s + r.readabilityMs, 0) / 1000).toFixed(0)} s)`);
const states = new Map<string, number>();
for (const r of rows) states.set(r.state, (states.get(r.state) ?? 0) + 1);
console.log(`states: ${[...states].map(([s, n]) => `${s} ${n}`).join(', ')}\n`);
console.log('| system | pages | precision | recall | accuracy | F1 |\n|---|---|---|---|---|---|');
console.log(line('Sourcelight', total((r) => r.ours, rows), rows.length));
console.log(line('Readability.js alone', total((r) => r.readability, rows), rows.length));

const langs = new Map<string, PageRow[]>();
for (const r of rows) langs.set(r.lang, [...(langs.get(r.lang) ?? []), r]);
console.log('\n| language | pages | ours P | ours R | ours F1 | Readability.js F1 |\n|---|---|---|---|---|---|');
for (const [lang, of] of [...langs].sort((a, b) => b[1].length - a[1].length)) {
  const o = scores(total((r) => r.ours, of));
  const b = scores(total((r) => r.readability, of));
  console.log(`| ${lang} | ${of.length} | ${fmt(o.precision)} | ${fmt(o.recall)} | ${fmt(o.f1)} | ${fmt(b.f1)} |`);
}

const errors = (c: Counts) => c.fp + c.fn;
const worst = [...rows].sort((a, b) => errors(b.ours) - errors(a.ours) || a.page.url.localeCompare(b.page.url)).slice(0, worstCount);
console.log(`\nWorst ${worst.length} pages (misses + boilerplate kept):`);
for (const r of worst) console.log(`  ${errors(r.ours)}  fn ${r.ours.fn} fp ${r.ours.fp}  ${r.state.padEnd(20)} ${r.lang}  ${r.page.url}  (${r.page.file})`);

const out = option('--json');
if (out) writeFileSync(out, JSON.stringify(rows.map((r) => ({ url: r.page.url, file: r.page.file, lang: r.lang, state: r.state, ours: r.ours, readability: r.readability, ms: r.ms })), null, 1));
