import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve('.');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Every module a file imports, resolved to a path relative to the repository root (packages by name). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(/^\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]/gm), ...text.matchAll(/^\s*import\s+['"]([^'"]+)['"]/gm)].map((m) => m[1]!);
  return specifiers.map((s) => (s.startsWith('.') ? relative(ROOT, resolve(file, '..', s)) : s));
}

const layer = (path: string) => path.split('/').slice(0, path.startsWith('src/') ? 2 : 1).join('/');

/** Who may import whom: entrypoints → src/page, src/ui, src/background → src/analysis, src/shared. */
const ALLOWED: Record<string, readonly string[]> = {
  'src/analysis': ['src/analysis', 'src/shared'],
  'src/shared': ['src/shared'],
  'src/page': ['src/page', 'src/ui', 'src/analysis', 'src/shared'],
  'src/ui': ['src/ui', 'src/analysis', 'src/shared'],
  'src/background': ['src/background', 'src/analysis', 'src/shared'],
  entrypoints: ['entrypoints', 'src/page', 'src/ui', 'src/background', 'src/shared'],
};

describe('architecture', () => {
  const files = [...sourceFiles(join(ROOT, 'src')), ...sourceFiles(join(ROOT, 'entrypoints'))];

  it('keeps dependencies pointing one way', () => {
    const violations: string[] = [];
    for (const file of files) {
      const from = layer(relative(ROOT, file));
      for (const target of importsOf(file)) {
        if (!target.startsWith('src/') && !target.startsWith('entrypoints')) continue;
        const to = layer(target);
        if (!ALLOWED[from]?.includes(to)) violations.push(`${relative(ROOT, file)} → ${target}`);
      }
    }
    expect(violations).toEqual([]);
  });

  // DOM and browser globals are caught at compile time: src/analysis/tsconfig.json has neither lib.
  it('keeps the engine free of browser, DOM and Node packages', () => {
    const offenders = files
      .filter((f) => relative(ROOT, f).startsWith('src/analysis/'))
      .filter((f) => importsOf(f).some((t) => /^(wxt|webextension-polyfill|node:|fs$|path$|@mozilla|linkedom|preact)/.test(t)))
      .map((f) => relative(ROOT, f));
    expect(offenders).toEqual([]);
  });

  // The one exception: opt-in Wikipedia lookups, off by default, all in one module.
  const NETWORK_MODULE = 'src/background/lookups/wikipedia.ts';
  // Not a network request: a language pack's model read from the extension's own files.
  const PACKAGED_FILES_MODULE = 'src/background/packaged-models.ts';

  it('makes no network requests anywhere in the extension but the opt-in lookup module', () => {
    const users = files
      .filter((f) => /\b(fetch\(|XMLHttpRequest|WebSocket|EventSource|sendBeacon|importScripts)/.test(readFileSync(f, 'utf8')))
      .map((f) => relative(ROOT, f))
      .sort();
    expect(users).toEqual([PACKAGED_FILES_MODULE, NETWORK_MODULE].sort());
    expect(readFileSync(NETWORK_MODULE, 'utf8')).not.toMatch(/\b(XMLHttpRequest|WebSocket|EventSource|sendBeacon|importScripts)/);
    const packaged = readFileSync(PACKAGED_FILES_MODULE, 'utf8');
    expect(packaged.match(/\bfetch\(/g)).toHaveLength(1);
    expect(packaged).toMatch(/\bfetch\(browser\.runtime\.getURL\(/);
  });

  it('never inserts page text as HTML', () => {
    const offenders = files
      .filter((f) => /\b(innerHTML|outerHTML|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write)\b/.test(readFileSync(f, 'utf8')))
      .map((f) => relative(ROOT, f));
    expect(offenders).toEqual([]);
  });
});
