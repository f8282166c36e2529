/**
 * Renders assets/icon/icon.svg to the PNG sizes the manifest uses
 * (assets/public/icon/{16,32,48,128}.png, picked up by WXT), in Chromium.
 *
 *   npx tsx scripts/render-icons.ts
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { chromiumPath } from './lib/browser';

const svg = readFileSync('assets/icon/icon.svg', 'utf8');
mkdirSync('assets/public/icon', { recursive: true });
const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: ['--no-sandbox'] });
for (const size of [16, 32, 48, 128]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`);
  await page.screenshot({ path: `assets/public/icon/${size}.png`, omitBackground: true });
  await page.close();
}
await browser.close();
console.log('wrote assets/public/icon/{16,32,48,128}.png');
