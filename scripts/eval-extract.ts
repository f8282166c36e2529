/**
 * Article extraction scored on trafilatura's corpus, as its tests/eval_common.py does.
 *
 *   npm run eval:extract -- ../shared/data/trafilatura-eval [--limit N] [--lang xx] [--worst N] [--json out.json] [--anyway] [--rules]
 *
 * Rows: the text the extension would analyse (empty when the page is not taken
 * for an article), the same text when the reader asks to analyse the page anyway,
 * and Mozilla Readability.js alone (its textContent) on the same DOM, in the same run.
 * `--rules` weighs each rule of the furniture pass: the `without` segments it removed (its gain)
 * against the `with` segments it lost (its cost), each counted where the rule dropped a block under
 * the segment and the segment is not in the text.
 */
import { writeFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { explainBoilerplate, type PruneOptions } from '../src/page/boilerplate';
import { PRUNE_RULES, type PruneRule } from '../src/page/prune-rules';
import { buildTextMap } from '../src/page/text-map';
import { addCounts, countPage, norm, readCorpus, readPageHtml, scores, ZERO, type Counts, type CorpusPage } from './eval/extract-corpus';
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
const weighRules = args.includes('--rules');

/** Per rule: `without` segments it removed, `with` segments it lost. */
const ruleTally = new Map<PruneRule, { removed: number; lost: number }>([...PRUNE_RULES, 'learned-filter' as const].map((r) => [r, { removed: 0, lost: 0 }]));

/** What the furniture pass did on one page: the candidate blocks' text, joined, and the spans of those it dropped. */
interface PruneRecord {
  text: string;
  dropped: Array<{ rule: PruneRule; start: number; end: number }>;
}

/** The furniture pass, noting in `record` which rule dropped which candidate block. */
function recordingPrune(record: PruneRecord) {
  return (blocks: readonly Element[], options: PruneOptions): Element[] => {
    const rules = explainBoilerplate(blocks, options);
    const texts = blocks.map((el) => norm(buildTextMap([el]).text));
    record.text = texts.join(' ');
    record.dropped = [];
    let start = 0;
    texts.forEach((text, i) => {
      if (rules[i]) record.dropped.push({ rule: rules[i]!, start, end: start + text.length });
      start += text.length + 1;
    });
    return blocks.filter((_, i) => rules[i] === undefined);
  };
}

/** Tallies the rules that dropped a block under each segment the text lacks. */
function tallyRules(page: CorpusPage, record: PruneRecord, text: string): void {
  const rulesUnder = (segment: string): Set<PruneRule> => {
    const at = record.text.indexOf(segment);
    if (at < 0) return new Set();
    return new Set(record.dropped.filter((d) => d.start < at + segment.length && d.end > at).map((d) => d.rule));
  };
  const result = norm(text);
  for (const segment of page.with.map(norm)) if (!result.includes(segment)) for (const rule of rulesUnder(segment)) ruleTally.get(rule)!.lost++;
  for (const segment of page.without.map(norm)) if (!result.includes(segment)) for (const rule of rulesUnder(segment)) ruleTally.get(rule)!.removed++;
}

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
  const record: PruneRecord = { text: '', dropped: [] };
  try {
    extracted = extractHtml(html, /^https?:/i.test(page.url) ? page.url : undefined, { force, ...(weighRules ? { pruneBlocks: recordingPrune(record) } : {}) });
  } catch (error) {
    extracted = { state: 'error', text: '', language: 'und', reason: String(error) };
  }
  const t1 = performance.now();
  const baseline = readabilityText(html, page.url);
  const t2 = performance.now();
  const lang = extracted.language ?? 'und';
  if (onlyLang && lang !== onlyLang) continue;
  if (weighRules && extracted.state === 'article') tallyRules(page, record, extracted.text);
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

if (weighRules) {
  console.log('\nFurniture rules (segments under a block the rule dropped, on pages taken for articles):\n\n| rule | without removed | with lost |\n|---|---|---|');
  for (const [rule, { removed, lost }] of ruleTally) console.log(`| ${rule} | ${removed} | ${lost} |`);
}
