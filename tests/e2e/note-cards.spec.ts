import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { locateText } from '../../scripts/lib/page-text';
import { inOverlay, overlayLocator } from '../../scripts/lib/overlay-root';
import { useExtensionSession } from './support/extension-session';

const session = useExtensionSession('assets/demo');
const openDemo = () => session.open('index.html');

const card = (page: Page) => overlayLocator(page, '.card');

async function cardInsideViewport(page: Page): Promise<boolean> {
  return inOverlay(page, (root) => {
    const box = root.querySelector('.note')!.getBoundingClientRect();
    return box.left >= 0 && box.top >= 0 && box.right <= innerWidth && box.bottom <= innerHeight;
  });
}

describe('note cards', () => {
  it('open on hover after a short delay, and explain an entity', async () => {
    const page = await openDemo();
    const { x, y } = await locateText(page, 'Lei Jun');
    await page.mouse.move(x, y);
    await card(page).waitFor();
    const text = (await card(page).textContent()) ?? '';
    expect(text).toContain('Person');
    expect(text).toContain('Lei Jun');
    expect(text).toMatch(/founder of Xiaomi/);
    expect(text).toMatch(/Mentioned \d+ times?/);
    expect(await card(page).getAttribute('role')).toBe('dialog');
    expect(await card(page).getAttribute('aria-label')).toBe('Sourcelight note: Lei Jun');
    await page.close();
  });

  it('explain a claim with its label, source and evidence', async () => {
    const page = await openDemo();
    const { x, y } = await locateText(page, 'is an alternative to');
    await page.mouse.click(x, y);
    await card(page).waitFor();
    const text = (await card(page).textContent()) ?? '';
    expect(text).toContain('Sourced');
    expect(text).toMatch(/Source: Li Yanming/);
    expect(text).toMatch(/quoted/);
    await page.close();
  });

  it('are reachable by keyboard: next and previous mark, focus, Esc closes and gives focus back', async () => {
    const page = await openDemo();
    await page.focus('a.logo');
    await session.browser.sendToPage(page, { type: 'command', command: 'next-mark' });
    await card(page).waitFor();
    const first = await card(page).getAttribute('aria-label');
    expect(await inOverlay(page, (root) => root.activeElement?.className)).toBe('card');
    await session.browser.sendToPage(page, { type: 'command', command: 'next-mark' });
    await session.browser.sendToPage(page, { type: 'command', command: 'previous-mark' });
    expect(await card(page).getAttribute('aria-label')).toBe(first);
    await page.keyboard.press('Escape');
    await card(page).waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('logo');
    await page.close();
  });

  it('stay inside the viewport, following scroll and resize', async () => {
    const page = await openDemo();
    await page.setViewportSize({ width: 700, height: 500 });
    const { x, y } = await locateText(page, 'Tesla AI Day');
    await page.mouse.click(x, y);
    await card(page).waitFor();
    expect(await cardInsideViewport(page)).toBe(true);
    await page.mouse.wheel(0, 120);
    await expect.poll(() => cardInsideViewport(page)).toBe(true);
    await page.setViewportSize({ width: 420, height: 400 });
    await expect.poll(() => cardInsideViewport(page)).toBe(true);
    await page.close();
  });

  it('respect reduced motion and the dark colour scheme', async () => {
    const page = await openDemo();
    await page.emulateMedia({ reducedMotion: 'reduce', colorScheme: 'dark' });
    const { x, y } = await locateText(page, 'Li Yanming');
    await page.mouse.click(x, y);
    await card(page).waitFor();
    const style = await inOverlay(page, (root) => {
      return { animation: getComputedStyle(root.querySelector('.note')!).animationName, background: getComputedStyle(root.querySelector('.card')!).backgroundColor };
    });
    expect(style.animation).toBe('none');
    const [r, g, b] = style.background.match(/\d+/g)!.map(Number);
    expect(r! + g! + b!).toBeLessThan(200);
    await page.close();
  });

  it('toggle with the keyboard command, instantly on again without re-analysis', async () => {
    const page = await openDemo();
    await session.browser.sendToPage(page, { type: 'command', command: 'toggle-marks' });
    await page.waitForSelector('sourcelight-overlay[data-state="off"]', { state: 'attached' });
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
    const state = (await session.browser.sendToPage(page, { type: 'command', command: 'toggle-marks' })) as { state: string; timing?: unknown };
    expect(state.state).toBe('annotated');
    // A fresh analysis records its timing; switching back on reuses the kept one.
    expect(state.timing).toBeUndefined();
    expect(await page.evaluate(() => CSS.highlights.has('sourcelight-PER'))).toBe(true);
    await page.close();
  });
});
