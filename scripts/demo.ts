/**
 * Builds the extension, serves the demo article on 127.0.0.1 and opens Chromium
 * with Sourcelight loaded on it.
 *
 *   npm run demo [-- --headless] [-- --no-build]
 *
 * With a display (DISPLAY or WAYLAND_DISPLAY set) the browser is headed and
 * stays open until you close it. Without one it runs headless, opens a note,
 * and writes demo-output/annotated.png, demo-output/popup.png and
 * demo-output/summary.md. Chromium is found at $CHROMIUM_PATH or a usual
 * path, installed with apt-get when running as root on Debian, or else named in
 * one line saying what to install.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchWithExtension } from './lib/browser';
import { ensureBrowsers } from './lib/find-browsers';
import { overlayLocator } from './lib/overlay-root';
import { locateText } from './lib/page-text';
import { serveFolder } from './lib/static-server';

const { values } = parseArgs({
  options: { headless: { type: 'boolean', default: false }, 'no-build': { type: 'boolean', default: false } },
});
const headless = values.headless || !(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const outDir = resolve('demo-output');

// Find Chromium (installing it as root on Debian) before anything else, or say in one line what to install.
const { paths, missing } = ensureBrowsers(['chromium']);
if (!paths.chromium) {
  console.error(missing.get('chromium'));
  process.exit(1);
}

if (!values['no-build']) {
  console.log('Building the extension (npm run build) …');
  const build = spawnSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const server = await serveFolder(resolve('assets/demo'));
const browser = await launchWithExtension({ headless });
const shutdown = async () => {
  await browser.close().catch(() => undefined);
  await server.close();
};

try {
  const url = `${server.origin}/index.html`;
  const { page, state } = await browser.openPage(url);
  console.log(`Demo article at ${url}: ${state}`);
  if (state !== 'annotated') throw new Error(`the demo article was not annotated (state "${state}")`);

  if (!headless) {
    console.log('Chromium is open with Sourcelight loaded. Hover or click a mark to read its note; close the window to end the demo.');
    await new Promise<void>((done) => browser.context.on('close', () => done()));
  } else {
    mkdirSync(outDir, { recursive: true });
    // Open one note, as a reader would by clicking a quoted speaker's name.
    const point = await locateText(page, 'Li Yanming');
    await page.mouse.click(point.x, point.y);
    await overlayLocator(page, '.card').waitFor({ timeout: 5_000 });
    const screenshot = resolve(outDir, 'annotated.png');
    await page.screenshot({ path: screenshot, animations: 'disabled' });

    const popup = await browser.openPopup(page);
    await popup.waitForSelector('.summary');
    const popupShot = resolve(outDir, 'popup.png');
    await popup.screenshot({ path: popupShot, fullPage: true, animations: 'disabled' });
    // The summary is the popup's own Markdown export, as a reader would download it.
    const [download] = await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name: 'Download .md' }).click()]);
    const summary = resolve(outDir, 'summary.md');
    await download.saveAs(summary);
    console.log(`Wrote ${screenshot}\n      ${popupShot}\n      ${summary}`);
  }
} catch (error) {
  console.error(`Demo failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await shutdown();
}
