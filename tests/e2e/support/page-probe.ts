import type { BrowserContext, Page } from 'playwright-core';

/** What the probe saw of one page's life with the extension. */
export interface ProbeReport {
  /** Milliseconds from the overlay's arrival (the content script starting) to its final state. */
  msToFinal: number | null;
  /** The body's text when the content script started, and when it finished. */
  textBefore: string | null;
  textAfter: string | null;
  /** Mutations of the page's own tree (anything outside our overlay) while we worked. */
  foreignMutations: number;
  /** Long tasks (ms) while we worked. */
  longTasks: number[];
}

/**
 * Installs, in every page's main world before its scripts run, an observer that
 * notes when `<sourcelight-overlay>` arrives and when it reaches a final state,
 * with the body's text at both moments and any change to the page's own DOM in
 * between. Our marks are CSS highlights, so that tree must not change at all.
 */
export async function installPageProbe(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const FINAL = new Set(['annotated', 'off', 'not-article', 'unsupported-language', 'error']);
    const probe = {
      started: null as number | null,
      finished: null as number | null,
      textBefore: null as string | null,
      textAfter: null as string | null,
      foreignMutations: 0,
      longTasks: [] as number[],
    };
    (window as unknown as { __sourcelightProbe: typeof probe }).__sourcelightProbe = probe;
    const inOverlay = (node: Node | null) => !!node && (node.nodeName === 'SOURCELIGHT-OVERLAY' || !!(node as Element).closest?.('sourcelight-overlay'));
    const bodyText = () => document.body?.textContent ?? '';
    new MutationObserver((records) => {
      for (const record of records) {
        const overlay = [...record.addedNodes].find((n) => n.nodeName === 'SOURCELIGHT-OVERLAY');
        if (overlay && probe.started === null) {
          probe.started = performance.now();
          probe.textBefore = bodyText();
        }
        if (record.type === 'attributes' && record.attributeName === 'data-state' && inOverlay(record.target)) {
          const state = (record.target as Element).getAttribute('data-state') ?? '';
          if (FINAL.has(state) && probe.finished === null) {
            probe.finished = performance.now();
            probe.textAfter = bodyText();
          }
          continue;
        }
        if (probe.started !== null && probe.finished === null && !overlay && !inOverlay(record.target)) probe.foreignMutations++;
      }
    }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    try {
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          if (probe.started !== null && probe.finished === null) probe.longTasks.push(Math.round(entry.duration));
        }
      }).observe({ type: 'longtask', buffered: false });
    } catch {
      // Long-task timing is Chromium-only.
    }
  });
}

export async function readProbe(page: Page): Promise<ProbeReport> {
  return page.evaluate(() => {
    const p = (window as unknown as { __sourcelightProbe?: { started: number | null; finished: number | null; textBefore: string | null; textAfter: string | null; foreignMutations: number; longTasks: number[] } }).__sourcelightProbe;
    if (!p) throw new Error('The page probe is not installed.');
    return {
      msToFinal: p.started !== null && p.finished !== null ? Math.round(p.finished - p.started) : null,
      textBefore: p.textBefore,
      textAfter: p.textAfter,
      foreignMutations: p.foreignMutations,
      longTasks: p.longTasks,
    };
  });
}
