import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { AnalysisSchema } from '../../src/shared/schema';
import { useExtensionSession } from './support/extension-session';

const session = useExtensionSession('tests/fixtures/dynamic');
const open = (name: string) => session.open(`${name}.html`);

async function analysedText(page: Page): Promise<string> {
  return AnalysisSchema.parse(await session.browser.analysisFor(page)).text;
}

/** Every painted range still sits on text that is in the page. */
async function marksAreLive(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    let live = true;
    CSS.highlights.forEach((highlight) => {
      for (const range of highlight as unknown as Iterable<Range>) {
        if (!range.startContainer.isConnected || !range.endContainer.isConnected) live = false;
      }
    });
    return live;
  });
}

async function eventually(check: () => Promise<boolean>, timeout = 10_000): Promise<void> {
  await expect.poll(check, { timeout, interval: 200 }).toBe(true);
}

describe('pages that change after they load', () => {
  it('marks paragraphs that arrive late', async () => {
    const page = await open('late');
    await eventually(async () => (await analysedText(page)).includes('Inspector Hana Sato'));
    expect(await marksAreLive(page)).toBe(true);
    const counts = JSON.parse((await page.getAttribute('sourcelight-overlay', 'data-counts')) ?? '{}') as Record<string, number>;
    expect(counts.sourced).toBeGreaterThanOrEqual(3);
    await page.close();
  });

  it('marks the rest of a story revealed by "read more"', async () => {
    const page = await open('read-more');
    expect(await analysedText(page)).not.toContain('Inspector Hana Sato');
    await page.click('#read-more');
    await eventually(async () => (await analysedText(page)).includes('Inspector Hana Sato'));
    expect(await marksAreLive(page)).toBe(true);
    await page.close();
  });

  it('marks the next story of an infinite scroll', async () => {
    const page = await open('infinite');
    await page.mouse.wheel(0, 4000);
    await page.waitForSelector('#next-story');
    await eventually(async () => (await analysedText(page)).includes('superintendent Marcus Bell'));
    expect(await marksAreLive(page)).toBe(true);
    await page.close();
  });

  it('starts over when a single-page app moves to another story, and back', async () => {
    const page = await open('spa');
    expect(await analysedText(page)).toContain('Mayor Alicia Moreno');
    await page.click('#next');
    await eventually(async () => {
      const text = await analysedText(page).catch(() => '');
      return text.includes('superintendent Marcus Bell') && !text.includes('Mayor Alicia Moreno');
    });
    expect(await page.getAttribute('sourcelight-overlay', 'data-state')).toBe('annotated');
    expect(await marksAreLive(page)).toBe(true);

    await page.goBack();
    await eventually(async () => (await analysedText(page).catch(() => '')).includes('Mayor Alicia Moreno'));
    expect(await marksAreLive(page)).toBe(true);
    // Exactly one overlay, however often the page started over.
    expect(await page.locator('sourcelight-overlay').count()).toBe(1);
    await page.close();
  });
});
