import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath } from '../../scripts/lib/browser';
import { serveFolder, type StaticServer } from '../../scripts/lib/static-server';
import { inOverlay } from '../../scripts/lib/overlay-root';

/**
 * Browsers without the CSS Custom Highlight API (Firefox before 140) get
 * RectPainter. No current Chromium can switch the API off, so this runs the
 * page layer's fallback path as a page script on the demo article, in real
 * Chromium, and checks what a reader of such a browser would get.
 */
let dir: string;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sourcelight-fallback-'));
  await build({ entryPoints: [resolve('tests/e2e/support/fallback-harness.ts')], bundle: true, format: 'iife', outfile: join(dir, 'harness.js'), logLevel: 'silent', jsx: 'automatic', jsxImportSource: 'preact' });
  copyFileSync(resolve('assets/demo/style.css'), join(dir, 'style.css'));
  const html = readFileSync(resolve('assets/demo/index.html'), 'utf8').replace('</body>', '<script src="harness.js"></script></body>');
  writeFileSync(join(dir, 'index.html'), html);
  server = await serveFolder(dir);
  browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: ['--no-sandbox', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'] });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('marks without the Custom Highlight API', () => {
  it('draws boxes over the marked words, never touches the page, and removes them all', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${server.origin}/index.html`);
    const before = await page.evaluate(() => document.body.outerHTML);
    const marks = await page.evaluate(() => (window as unknown as { sourcelightFallback: { paint(): number } }).sourcelightFallback.paint());
    expect(marks).toBeGreaterThan(50);

    const kinds = await inOverlay(page, (root) => {
      const seen = new Set<string>();
      for (const box of root.querySelectorAll('.marks > div')) seen.add(box.className);
      return [...seen].sort();
    });
    // The calm default: key words of unsourced claims and names are boxes; sourced claims are not painted.
    expect(kinds).toEqual(expect.arrayContaining(['m-ORG', 'm-PER', 'm-unsourced']));
    expect(kinds).not.toContain('m-sourced');
    expect(await page.evaluate(() => document.body.outerHTML)).toBe(before);

    // A box sits over its words: the box under "Li Yanming" is a person's tint.
    const hit = await inOverlay(page, (root) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = (node as Text).data.indexOf('Li Yanming');
        if (at === -1) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + 10);
        const word = range.getBoundingClientRect();
        const x = word.left + word.width / 2 + scrollX;
        const y = word.top + word.height / 2 + scrollY;
        for (const box of root.querySelectorAll<HTMLElement>('.marks > .m-PER')) {
          const left = parseFloat(box.style.left);
          const top = parseFloat(box.style.top);
          if (x >= left && x <= left + parseFloat(box.style.width) && y >= top && y <= top + parseFloat(box.style.height)) return true;
        }
        return false;
      }
      return false;
    });
    expect(hit).toBe(true);
    // The boxes let clicks through to the page.
    expect(await inOverlay(page, (root) => getComputedStyle(root.querySelector('.marks')!).pointerEvents)).toBe('none');

    await page.evaluate(() => (window as unknown as { sourcelightFallback: { remove(): void } }).sourcelightFallback.remove());
    expect(await inOverlay(page, (root) => root.querySelectorAll('.marks > div').length)).toBe(0);
    expect(await page.evaluate(() => document.body.outerHTML)).toBe(before);
    await page.close();
  });
});
