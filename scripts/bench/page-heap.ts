import type { PageState } from '../../src/shared/page-state';
import { waitForFinalState } from '../lib/browser';
import type { BenchPage, ExtensionSession } from './extension-session';
import { median } from './stats';
import { WorkerHeap } from './worker-heap';

/** Median of the page's JS heap (isolate-wide: page and content script) and the service worker's, after GC. */
export interface PageHeap {
  page: string;
  loads: number;
  pageBeforeBytes: number;
  pageAfterBytes: number;
  workerBeforeBytes: number;
  workerAfterBytes: number;
}

/**
 * With automatic annotation off, loads each page `loads` times and switches
 * Sourcelight on from the extension: the heaps after GC on either side.
 */
export async function weighPages(session: ExtensionSession, pages: readonly BenchPage[], loads: number): Promise<PageHeap[]> {
  await session.setAutoAnnotate(false);
  const workerHeap = await WorkerHeap.attach(session.context, session.worker.url());
  const heaps: PageHeap[] = [];
  for (const page of pages) {
    const readings: HeapReading[] = [];
    for (let run = 0; run < loads; run++) readings.push(await weighOneLoad(session, workerHeap, page));
    heaps.push(summariseHeaps(page.name, readings));
  }
  return heaps;
}

interface HeapReading {
  pageBefore: number;
  pageAfter: number;
  workerBefore: number;
  workerAfter: number;
}

/** The page loaded with Sourcelight off, then switched on: heaps after GC on either side. */
async function weighOneLoad(session: ExtensionSession, workerHeap: WorkerHeap, benchPage: BenchPage): Promise<HeapReading> {
  const { name } = benchPage;
  const page = await session.context.newPage();
  try {
    await page.goto(session.urlOf(benchPage), { waitUntil: 'domcontentloaded' });
    const offState = await waitForFinalState(page, 60_000);
    if (offState !== 'off') throw new Error(`${name} should load with Sourcelight off (state "${offState}")`);
    const cdp = await session.context.newCDPSession(page);
    const pageUsed = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      return (await cdp.send('Runtime.getHeapUsage')).usedSize;
    };
    const pageBefore = await pageUsed();
    const workerBefore = await workerHeap.usedAfterGc();
    const state = await session.askPage<PageState>(page, { type: 'set-enabled', enabled: true });
    if (state.state !== 'annotated') throw new Error(`${name} was not annotated when switched on (state "${state.state}")`);
    return { pageBefore, pageAfter: await pageUsed(), workerBefore, workerAfter: await workerHeap.usedAfterGc() };
  } finally {
    await page.close();
  }
}

function summariseHeaps(page: string, readings: HeapReading[]): PageHeap {
  const of = (pick: (r: HeapReading) => number) => median(readings.map(pick));
  return {
    page,
    loads: readings.length,
    pageBeforeBytes: of((r) => r.pageBefore),
    pageAfterBytes: of((r) => r.pageAfter),
    workerBeforeBytes: of((r) => r.workerBefore),
    workerAfterBytes: of((r) => r.workerAfter),
  };
}
