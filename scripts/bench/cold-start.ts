/**
 * Cold start: what an engine costs the first time a fresh process uses it. The
 * extension analyses in its MV3 service worker, which the browser stops after
 * about 30 s idle, so the first page after a pause meets a cold engine: its
 * bundle parsed and run, its model decoded, none of its code compiled yet.
 *
 * Each engine is bundled and minified with esbuild, as the extension's build
 * ships ours (V8 reads a function's source again when it first runs it, so
 * unminified code starts slower), and each run is a fresh Node process that
 * imports the bundle ("load") and runs the engine twice on the demo article
 * ("first call", then "second call" for scale). Engines take turns, so load on
 * a shared machine hits all alike; figures are medians of CPU time. Ours
 * decodes its name model on first use, so that is in its first call.
 *
 * Run alone, it sets this tree's engine beside another copy of `src` (an A/B);
 * without `--baseline` both sides are this tree's, an A/A that shows the noise:
 *
 *   npx tsx scripts/bench/cold-start.ts [--baseline COPY_OF_SRC] [--runs 15]
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build, type Plugin } from 'esbuild';
import { readHtmlArticle } from '../lib/read-article';
import { median } from './stats';

const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));

/** An engine to start cold: the module and export that hold it, and esbuild plugins to build it with. */
export interface ColdEngine {
  name: string;
  module: string;
  exportName: string;
  plugins?: Plugin[];
}

export const COLD_ENGINES: readonly ColdEngine[] = [
  { name: 'sourcelight', module: here('./engine-sourcelight.ts'), exportName: 'sourcelight' },
  { name: 'compromise', module: here('./engine-compromise.ts'), exportName: 'compromise' },
  { name: 'wink-nlp', module: here('./engine-wink-nlp.ts'), exportName: 'winkNlp' },
];

/** One engine's medians over its fresh processes, in CPU milliseconds. */
export interface ColdStartRow {
  engine: string;
  runs: number;
  loadMs: number;
  firstMs: number;
  /** Load and first call of the same process, the cost a reader meets. */
  coldMs: number;
  secondMs: number;
}

interface ColdStart {
  loadMs: number;
  firstMs: number;
  secondMs: number;
}

/** The text the extension analyses on the demo article. */
export function demoArticleText(): string {
  const article = readHtmlArticle(readFileSync(resolve('assets/demo/index.html'), 'utf8'), 'http://127.0.0.1/index.html');
  if (!article.ok) throw new Error(`The demo article is not read as an article: ${article.reason}`);
  return article.text;
}

export async function measureColdStart(engines: readonly ColdEngine[], text: string, runs: number): Promise<ColdStartRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'sourcelight-cold-start-'));
  try {
    const child = join(dir, 'child.mjs');
    await bundle(here('./cold-start-child.ts'), child);
    const textFile = join(dir, 'text.txt');
    writeFileSync(textFile, text);
    const bundles = await Promise.all(
      engines.map(async (e, i) => {
        const out = join(dir, `engine-${i}.mjs`);
        await bundle(e.module, out, e.plugins);
        return out;
      }),
    );
    const starts = engines.map(() => [] as ColdStart[]);
    // Round -1 is not counted: it brings the bundles into the file cache. Each round starts with the next engine.
    for (let round = -1; round < runs; round++) {
      for (let k = 0; k < engines.length; k++) {
        const i = (k + round + engines.length) % engines.length;
        const start = startOnce(child, bundles[i]!, engines[i]!.exportName, textFile);
        if (round >= 0) starts[i]!.push(start);
      }
    }
    return engines.map((e, i) => {
      const s = starts[i]!;
      return {
        engine: e.name,
        runs,
        loadMs: median(s.map((x) => x.loadMs)),
        firstMs: median(s.map((x) => x.firstMs)),
        coldMs: median(s.map((x) => x.loadMs + x.firstMs)),
        secondMs: median(s.map((x) => x.secondMs)),
      };
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function bundle(entry: string, outfile: string, plugins: Plugin[] = []): Promise<void> {
  // nodePaths: a copy of `src` outside the repository still finds the repository's packages.
  await build({ entryPoints: [entry], outfile, bundle: true, minify: true, format: 'esm', platform: 'node', logLevel: 'error', nodePaths: [resolve('node_modules')], plugins });
}

function startOnce(child: string, engineBundle: string, exportName: string, textFile: string): ColdStart {
  const run = spawnSync(process.execPath, [child, engineBundle, exportName, textFile], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`Cold start of ${engineBundle} failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as ColdStart;
}

/** Our engine built from another copy of `src`. */
function sourcelightFrom(src: string): ColdEngine {
  const analysis = resolve(src, 'analysis/index.ts');
  const plugin: Plugin = {
    name: 'analysis-from',
    setup: (b) => b.onResolve({ filter: /\/src\/analysis$/ }, () => ({ path: analysis })),
  };
  return { ...COLD_ENGINES[0]!, name: `sourcelight (${src})`, plugins: [plugin] };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { baseline: { type: 'string', default: 'src' }, runs: { type: 'string', default: '15' } } });
  const rows = await measureColdStart([sourcelightFrom(values.baseline!), sourcelightFrom('src')], demoArticleText(), Number(values.runs));
  const [before, after] = rows as [ColdStartRow, ColdStartRow];
  const fields = ['loadMs', 'firstMs', 'coldMs', 'secondMs'] as const;
  for (const row of rows) console.log(`${row.engine}: ${fields.map((f) => `${f} ${row[f].toFixed(1)}`).join(', ')} (${row.runs} processes)`);
  console.log(`current ÷ baseline: ${fields.map((f) => `${f} ${(after[f] / before[f]).toFixed(3)}`).join(', ')}`);
}
