import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { EXTENSION_DIR } from '../lib/browser';

/** What the built extension is made from. */
const SOURCES = ['entrypoints', 'src', 'assets/public', 'wxt.config.ts', 'package.json'];

export interface BuildSnapshot {
  dir: string;
  remove(): void;
}

/**
 * A private copy of a fresh build (`npm run build` when .output/chrome-mv3 is
 * missing or older than a source). Others build on this machine too; a copy
 * keeps their next build from pulling the extension out from under the bench,
 * and the sizes and timings from the same build.
 */
export async function snapshotFreshBuild(): Promise<BuildSnapshot> {
  for (let attempt = 1; ; attempt++) {
    ensureFreshBuild();
    const dir = mkdtempSync(join(tmpdir(), 'sourcelight-bench-extension-'));
    const remove = () => rmSync(dir, { recursive: true, force: true });
    try {
      cpSync(EXTENSION_DIR, dir, { recursive: true });
      if (existsSync(join(dir, 'manifest.json'))) return { dir, remove };
    } catch {
      // Another build was rewriting the folder mid-copy: try again below.
    }
    remove();
    if (attempt === 3) throw new Error(`Could not copy a whole build from ${EXTENSION_DIR}`);
    await sleep(5_000);
  }
}

function ensureFreshBuild(): void {
  const manifest = join(EXTENSION_DIR, 'manifest.json');
  const builtAt = existsSync(manifest) ? statSync(manifest).mtimeMs : 0;
  const newest = Math.max(...SOURCES.filter(existsSync).map(newestMtime));
  if (builtAt >= newest) return;
  console.log(builtAt ? 'The built extension is older than its sources; building (npm run build) …' : 'Building the extension (npm run build) …');
  const build = spawnSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) throw new Error(`npm run build failed (exit ${build.status})`);
}

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}
