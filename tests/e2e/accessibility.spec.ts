import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/lib/browser';
import { inOverlay, overlayLocator } from '../../scripts/lib/overlay-root';
import { locateText } from '../../scripts/lib/page-text';
import { serveFolder, type StaticServer } from '../../scripts/lib/static-server';

/** axe-core's own script, evaluated in the page (page.evaluate is not subject to the page's CSP). */
const AXE_SOURCE = (createRequire(import.meta.url)('axe-core') as { source: string }).source;
const RULES = { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } };

interface AxeViolation {
  id: string;
  nodes: Array<{ target: unknown; failureSummary?: string }>;
}

let demo: StaticServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  demo = await serveFolder(resolve('assets/demo'));
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
  await demo?.close();
});

const describeViolations = (violations: AxeViolation[]) => violations.map((v) => `${v.id}: ${v.nodes.map((n) => `${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`).join('; ')}`);

async function axeOnDocument(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate((rules) => (globalThis as unknown as { axe: { run(c: unknown, o: unknown): Promise<{ violations: unknown[] }> } }).axe.run(document, rules).then((r) => r.violations), RULES);
  return describeViolations(violations as AxeViolation[]);
}

async function openDemo(scheme: 'light' | 'dark'): Promise<Page> {
  const { page, state } = await browser.openPage(`${demo.origin}/index.html`);
  expect(state).toBe('annotated');
  await page.emulateMedia({ colorScheme: scheme });
  return page;
}

describe.each(['light', 'dark'] as const)('axe-core finds no WCAG 2.1 A/AA violation (%s)', (scheme) => {
  it('in the popup', async () => {
    const page = await openDemo(scheme);
    const popup = await browser.openPopup(page);
    await popup.emulateMedia({ colorScheme: scheme });
    await popup.waitForSelector('.summary');
    await popup.waitForSelector('.modes input:checked');
    expect(await axeOnDocument(popup)).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('in the options page', async () => {
    const options = await browser.context.newPage();
    await options.emulateMedia({ colorScheme: scheme });
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.waitForSelector('select[name="markMode"]');
    expect(await axeOnDocument(options)).toEqual([]);
    await options.close();
  });

  it('in an open note and the open on-page legend', async () => {
    const page = await openDemo(scheme);
    await overlayLocator(page, '.legend-toggle').click();
    await overlayLocator(page, '.legend-panel').waitFor();
    const at = await locateText(page, 'is an alternative to');
    await page.mouse.click(at.x, at.y);
    await overlayLocator(page, '.card').waitFor();
    await page.evaluate(AXE_SOURCE);
    // Our notes live in a closed shadow root, which axe cannot enter: it audits a copy of the root's content,
    // with the same adopted stylesheet, in an open shadow root at the same place on the page.
    const result = await inOverlay(
      page,
      async (root, rules) => {
        const host = document.createElement('div');
        host.id = 'sourcelight-axe-copy';
        document.body.append(host);
        const copy = host.attachShadow({ mode: 'open' });
        copy.adoptedStyleSheets = root.adoptedStyleSheets;
        copy.append(root.querySelector('.theme')!.cloneNode(true));
        const axe = (globalThis as unknown as { axe: { run(c: unknown, o: unknown): Promise<{ violations: unknown[]; passes: unknown[] }> } }).axe;
        const r = await axe.run({ include: [{ fromShadowDom: ['#sourcelight-axe-copy', '.card'] }, { fromShadowDom: ['#sourcelight-axe-copy', '.legend-control'] }] }, rules);
        host.remove();
        return { violations: JSON.parse(JSON.stringify(r.violations)) as unknown[], passed: r.passes.length };
      },
      RULES,
    );
    // axe did look at the note: some rules passed on it.
    expect(result.passed).toBeGreaterThan(0);
    expect(describeViolations(result.violations as AxeViolation[])).toEqual([]);
    await page.close();
  });
});
