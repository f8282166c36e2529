import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { PageState } from '../../src/shared/page-state';
import { waitForFinalState } from '../lib/browser';
import type { BenchPage, ExtensionSession } from './extension-session';
import { median } from './stats';
import { BASELINE_START, longTasksFromTrace, TRACE_CATEGORIES, WINDOW_END, WINDOW_START, type LongTasks } from './trace-long-tasks';

/** Medians over the measured loads of one page. */
export interface PageTiming {
  page: string;
  loads: number;
  /** Content script start (document_idle) to `data-state="annotated"`, in the page. */
  idleToAnnotatedMs: number;
  /** The controller's own split: find the article, analyse in the background, paint. */
  findArticleMs: number;
  analyzeMs: number;
  markMs: number;
  /** `new Readability(document.cloneNode(true)).parse()` on the same load. */
  readabilityMs: number;
  /** From a trace of the same loads: the task injecting the content script, its longest later task, the page's own longest task. */
  injectionTaskMs: number;
  longestContentTaskMs: number;
  longestPageTaskMs: number;
  /** Loads on which the content script ran a task over 50 ms, the injection included. */
  loadsWithContentLongTask: number;
}

/** What the probe saw on one load. */
interface ProbeReading {
  contentStart?: number;
  finalAt?: number;
}

declare global {
  interface Window {
    __sourcelightBench: ProbeReading;
  }
}

/**
 * Runs in the page's main world before its scripts. The content script's first
 * act is to append <sourcelight-overlay> to <html>, so that marks document_idle;
 * its data-state leaving "annotating" marks the end. Both are stamped into the
 * trace too. The overlay is watched on <html> only, as a subtree observer would
 * slow the parse of a large page. Plain source, not a function: tsx would wrap
 * a function's inner names in a helper the page lacks.
 */
const PROBE_SCRIPT = `(() => {
  const probe = {};
  window.__sourcelightBench = probe;
  function onState(overlay) {
    const state = overlay.getAttribute('data-state');
    if (!state || state === 'annotating' || probe.finalAt !== undefined) return;
    probe.finalAt = performance.now();
    performance.mark(${JSON.stringify(WINDOW_END)});
  }
  document.addEventListener('DOMContentLoaded', () => {
    const watch = new MutationObserver(() => {
      const overlay = document.documentElement.querySelector(':scope > sourcelight-overlay');
      if (!overlay) return;
      probe.contentStart = performance.now();
      performance.mark(${JSON.stringify(WINDOW_START)});
      watch.disconnect();
      onState(overlay);
      new MutationObserver(() => onState(overlay)).observe(overlay, { attributes: true, attributeFilter: ['data-state'] });
    });
    watch.observe(document.documentElement, { childList: true });
  }, { capture: true, once: true });
})();`;

const require = createRequire(import.meta.url);
const READABILITY_SOURCE = readFileSync(require.resolve('@mozilla/readability/Readability.js'), 'utf8');

/**
 * Readability's parse on the live page, the way its README says to call it. Sent as
 * an expression over CDP, so a page's Content-Security-Policy cannot stop it.
 */
const READABILITY_PARSE = `(() => {
performance.mark(${JSON.stringify(BASELINE_START)});
${READABILITY_SOURCE}
const t0 = performance.now();
const article = new Readability(document.cloneNode(true)).parse();
return { ms: performance.now() - t0, found: article !== null };
})()`;

/**
 * Loads each page `runs` times after a warm-up round, the pages taking turns so
 * that a burst of load from a neighbour does not land on one page only.
 */
export async function timePages(session: ExtensionSession, pages: readonly BenchPage[], runs: number): Promise<PageTiming[]> {
  await session.context.addInitScript({ content: PROBE_SCRIPT });
  const loads = new Map<string, LoadTiming[]>(pages.map((p) => [p.name, []]));
  for (let round = 0; round <= runs; round++) {
    for (const page of pages) {
      const load = await timeOneLoad(session, page);
      if (round > 0) loads.get(page.name)!.push(load);
    }
  }
  return pages.map((p) => summariseTimings(p.name, loads.get(p.name)!));
}

interface LoadTiming {
  idleToAnnotatedMs: number;
  timing: NonNullable<PageState['timing']>;
  readabilityMs: number;
  longTasks: LongTasks;
}

async function timeOneLoad(session: ExtensionSession, benchPage: BenchPage): Promise<LoadTiming> {
  const { name } = benchPage;
  const browser = session.context.browser()!;
  const page = await session.context.newPage();
  try {
    // Traced throughout, Readability's parse included, so both sides bear the tracing's cost.
    await browser.startTracing(page, { categories: TRACE_CATEGORIES });
    await page.goto(session.urlOf(benchPage), { waitUntil: 'domcontentloaded' });
    const state = await waitForFinalState(page, 60_000);
    if (state !== 'annotated') throw new Error(`${name} was not annotated (state "${state}")`);
    const probe = await page.evaluate(() => window.__sourcelightBench);
    if (probe.contentStart === undefined || probe.finalAt === undefined) throw new Error(`${name}: the probe missed the overlay`);
    const pageState = await session.askPage<PageState>(page, { type: 'get-page-state' });
    if (!pageState.timing) throw new Error(`${name}: the page state has no timing`);
    const readability = (await page.evaluate(READABILITY_PARSE)) as { ms: number; found: boolean };
    if (!readability.found) throw new Error(`${name}: Readability found no article`);
    const longTasks = longTasksFromTrace(await browser.stopTracing());
    return {
      idleToAnnotatedMs: probe.finalAt - probe.contentStart,
      timing: pageState.timing,
      readabilityMs: readability.ms,
      longTasks,
    };
  } finally {
    await page.close();
  }
}

function summariseTimings(page: string, loads: LoadTiming[]): PageTiming {
  const of = (pick: (l: LoadTiming) => number) => median(loads.map(pick));
  return {
    page,
    loads: loads.length,
    idleToAnnotatedMs: of((l) => l.idleToAnnotatedMs),
    findArticleMs: of((l) => l.timing.findArticleMs),
    analyzeMs: of((l) => l.timing.analyzeMs),
    markMs: of((l) => l.timing.markMs),
    readabilityMs: of((l) => l.readabilityMs),
    injectionTaskMs: of((l) => l.longTasks.injection),
    longestContentTaskMs: of((l) => l.longTasks.content),
    longestPageTaskMs: of((l) => l.longTasks.page),
    loadsWithContentLongTask: loads.filter((l) => Math.max(l.longTasks.injection, l.longTasks.content) > 50).length,
  };
}
