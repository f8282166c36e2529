import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { overlayLocator } from '../../scripts/lib/overlay-root';
import { locateText } from '../../scripts/lib/page-text';
import { useExtensionSession } from './support/extension-session';

// --lang sets the language Chromium serves extension messages in (on Linux too; the LANGUAGE variable alone does not).
const session = useExtensionSession('assets/demo', { args: ['--lang=de'] });

const card = (page: Page) => overlayLocator(page, '.card');

describe('the interface in German', () => {
  it('reads its messages from the German catalogue', async () => {
    // What the extension is served is the test; getUILanguage and @@ui_locale report Playwright's en-US emulation here.
    const language = await session.browser.worker.evaluate(() =>
      (globalThis as unknown as { chrome: { i18n: { getMessage(key: string): string } } }).chrome.i18n.getMessage('uiLanguage'),
    );
    expect(language).toBe('de');
  });

  it('shows the popup in German, with the four labels explained', async () => {
    const page = await session.open('index.html');
    const popup = await session.browser.openPopup(page);
    await popup.locator('.summary').waitFor();
    expect(await popup.getAttribute('html', 'lang')).toBe('de');
    const text = (await popup.locator('main').textContent()) ?? '';
    expect(text).toMatch(/\d+ Aussagen?/);
    for (const words of ['Genannte Quellen', 'Personen und Organisationen', 'Zu prüfende Aussagen', 'Auf der Seite zeigen', 'Einstellungen']) {
      expect(text).toContain(words);
    }
    const legend = (await popup.locator('.legend').textContent()) ?? '';
    for (const label of ['Quelle genannt (doppelte Linie)', 'Vage Quelle (gestrichelte Linie)', 'Ohne Quelle (gepunktete Linie)', 'Meinung (dicker blasser Balken)']) {
      expect(legend).toContain(label);
    }
    for (const english of ['Sources cited', 'Claims to check', 'Show on the page', 'Vaguely sourced', 'Options']) {
      expect(text).not.toContain(english);
    }
    await popup.close();
    await page.close();
  });

  it('shows the options in German', async () => {
    const options = await session.browser.context.newPage();
    await options.goto(`chrome-extension://${session.browser.extensionId}/options.html`);
    await options.locator('fieldset').first().waitFor();
    expect(await options.title()).toBe('Sourcelight-Einstellungen');
    const text = (await options.locator('main').textContent()) ?? '';
    for (const words of ['Zu markierende Aussagen', 'Quelle genannt', 'Ohne Quelle', 'Farbschema', 'Namen in Wikipedia nachschlagen']) {
      expect(text).toContain(words);
    }
    for (const english of ['Claims to mark', 'Colour scheme', 'Unsourced', 'Look up names']) expect(text).not.toContain(english);
    await options.close();
  });

  it('writes the notes in German', async () => {
    const page = await session.open('index.html');
    const claim = await locateText(page, 'is an alternative to');
    await page.mouse.click(claim.x, claim.y);
    await card(page).waitFor();
    const note = (await card(page).textContent()) ?? '';
    expect(note).toContain('Quelle genannt');
    expect(note).toContain('Einer namentlich genannten Person');
    expect(note).toMatch(/Quelle: Li Yanming/);
    expect(note).toMatch(/Zitat: „/);
    expect(await card(page).getAttribute('aria-label')).toBe('Sourcelight-Notiz: Quelle genannt');
    await page.keyboard.press('Escape');
    await card(page).waitFor({ state: 'detached' });

    const name = await locateText(page, 'Lei Jun');
    await page.mouse.move(name.x, name.y);
    await card(page).waitFor();
    const entity = (await card(page).textContent()) ?? '';
    expect(entity).toContain('Person');
    expect(entity).toMatch(/\d+-mal erwähnt/);
    expect(entity).not.toMatch(/Mentioned/);
    await page.close();
  });
});
