import { readFileSync } from 'node:fs';
import { buildSync } from 'esbuild';
import { parseHTML } from 'linkedom';
import { chromium } from 'playwright-core';
import { chromiumPath } from '../lib/browser';
import { serveFolder, type StaticServer } from '../lib/static-server';
import { sampleDetection, type DetectionSamples } from './detection-probe';
import type { BenchPage } from './extension-session';
import { median } from './stats';

/**
 * Article detection (the extension's `extractArticle`: Readability on a clone,
 * mapped back, the furniture pass, the verdict, the text map) against
 * Readability's own parse of a clone of the same document, on linkedom in Node
 * and in headless Chromium (the page alone, no extension, so that nothing else
 * runs in the page meanwhile). Per page: warm-up pairs, then `reps` pairs whose
 * order alternates; the ratio of the medians is the figure, as both sides share
 * whatever load the machine is under.
 */
export interface DetectionTiming {
  page: string;
  pairs: number;
  detectMs: number;
  readabilityMs: number;
  /** detectMs ÷ readabilityMs. */
  ratio: number;
}

export interface DetectionResults {
  pairs: number;
  linkedom: DetectionTiming[];
  chromium: DetectionTiming[];
}

const WARM_UP_PAIRS = 4;

export async function timeDetection(pages: readonly BenchPage[], pairs: number): Promise<DetectionResults> {
  return { pairs, linkedom: timeOnLinkedom(pages, pairs), chromium: await timeInChromium(pages, pairs) };
}

function timeOnLinkedom(pages: readonly BenchPage[], pairs: number): DetectionTiming[] {
  return pages.map((page) => {
    const { document } = parseHTML(readFileSync(`${page.folder}${page.path}`, 'utf8'));
    const doc = document as unknown as Document;
    sampleDetection(doc, WARM_UP_PAIRS);
    return summarise(page.name, sampleDetection(doc, pairs));
  });
}

async function timeInChromium(pages: readonly BenchPage[], pairs: number): Promise<DetectionTiming[]> {
  const probe = buildSync({
    entryPoints: ['scripts/bench/detection-probe.ts'],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    write: false,
    logLevel: 'silent',
  }).outputFiles[0]!.text;
  const servers = new Map<string, StaticServer>();
  for (const folder of new Set(pages.map((p) => p.folder))) servers.set(folder, await serveFolder(folder));
  const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true });
  try {
    const context = await browser.newContext({ javaScriptEnabled: true });
    // Only our own server answers: a saved page's third-party scripts and images are not fetched.
    await context.route((url) => !url.href.startsWith('http://127.0.0.1'), (route) => route.abort());
    const timings: DetectionTiming[] = [];
    for (const page of pages) {
      const tab = await context.newPage();
      try {
        await tab.goto(`${servers.get(page.folder)!.origin}${page.path}`, { waitUntil: 'load' });
        // Evaluated over CDP, so the page's Content-Security-Policy cannot stop it.
        await tab.evaluate(probe);
        const run = (reps: number) =>
          tab.evaluate((n) => (globalThis as unknown as { __sourcelightDetection: (d: Document, r: number) => DetectionSamples }).__sourcelightDetection(document, n), reps);
        await run(WARM_UP_PAIRS);
        timings.push(summarise(page.name, await run(pairs)));
      } finally {
        await tab.close();
      }
    }
    return timings;
  } finally {
    await browser.close();
    for (const server of servers.values()) await server.close();
  }
}

function summarise(page: string, samples: DetectionSamples): DetectionTiming {
  const detectMs = median(samples.detectMs);
  const readabilityMs = median(samples.readabilityMs);
  return { page, pairs: samples.detectMs.length, detectMs, readabilityMs, ratio: detectMs / readabilityMs };
}

/** Detection's time over Readability's, all pages together: the large pages weigh most, as they take longest. */
export function overallRatio(timings: readonly DetectionTiming[]): number {
  const sum = (pick: (t: DetectionTiming) => number) => timings.reduce((total, t) => total + pick(t), 0);
  return sum((t) => t.detectMs) / sum((t) => t.readabilityMs);
}

/** The report's section: one row per page and DOM, then the overall ratios. */
export function detectionSection(d: DetectionResults): string[] {
  const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
  const rows = (dom: string, timings: readonly DetectionTiming[]) =>
    timings.map((t) => row([t.page, dom, `${t.detectMs.toFixed(1)} ms`, `${t.readabilityMs.toFixed(1)} ms`, `${t.ratio.toFixed(2)}×`]));
  return [
    '## Article detection beside Readability',
    `The extension's article detection (\`extractArticle\`: Readability on a clone, mapped back to the live nodes, the furniture pass, the verdict and the language check) against Readability's own \`parse()\` of a clone of the same document, ` +
      `on linkedom in Node and in headless Chromium (the page alone, no extension; the detection code bundled by esbuild and evaluated over CDP). ` +
      `Per page and DOM: ${WARM_UP_PAIRS} warm-up pairs, then ${d.pairs} pairs run back to back, their order alternating; medians. ` +
      'The overall ratio sums the pages (the large pages weigh most); a small page pays fixed costs (reading the metadata, the verdict) that Readability does not.',
    [row(['page', 'DOM', 'detection', 'Readability parse', 'detection ÷ Readability']), row(['---', '---', '---', '---', '---']), ...rows('linkedom', d.linkedom), ...rows('Chromium', d.chromium)].join('\n'),
    `Overall: linkedom ${overallRatio(d.linkedom).toFixed(2)}×, Chromium ${overallRatio(d.chromium).toFixed(2)}× ` +
      `(per page ${range(d.linkedom)} and ${range(d.chromium)}).`,
  ];
}

function range(timings: readonly DetectionTiming[]): string {
  const ratios = timings.map((t) => t.ratio);
  return `${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}×`;
}
