import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { NER_MODEL_BASE64 } from '../../src/analysis/entities/data/ner-model';

export interface BundleSize {
  name: string;
  files: string[];
  rawBytes: number;
  gzipBytes: number;
  /** Gzipped without the model's base64 literal, where the bundle carries it. */
  gzipWithoutModelBytes: number;
}

const gzipped = (text: string) => gzipSync(text, { level: 9 }).length;

/** Gzipped sizes (level 9) of what a built extension ships: entry points with everything they load, and the model. */
export function measureBundles(extensionDir: string): BundleSize[] {
  const bundle = (name: string, files: string[]): BundleSize => {
    const texts = files.map((f) => readFileSync(join(extensionDir, f), 'utf8'));
    const whole = texts.join('\n');
    return {
      name,
      files,
      rawBytes: Buffer.byteLength(whole),
      gzipBytes: gzipped(whole),
      gzipWithoutModelBytes: gzipped(whole.replaceAll(NER_MODEL_BASE64, '')),
    };
  };
  const carriers = ['content-scripts/content.js', 'background.js'].filter((f) => readFileSync(join(extensionDir, f), 'utf8').includes(NER_MODEL_BASE64));
  return [
    bundle('content script', withStyles(extensionDir, 'content-scripts/content.js')),
    bundle('background', ['background.js']),
    bundle('popup', htmlClosure(extensionDir, 'popup.html')),
    {
      name: 'model weights (base64, as shipped)',
      files: carriers,
      rawBytes: NER_MODEL_BASE64.length,
      gzipBytes: gzipped(NER_MODEL_BASE64),
      gzipWithoutModelBytes: 0,
    },
  ];
}

/** A content script and the stylesheet WXT emits beside it, if any. */
function withStyles(extensionDir: string, script: string): string[] {
  const css = script.replace(/\.js$/, '.css');
  return existsSync(join(extensionDir, css)) ? [script, css] : [script];
}

/** An extension page and every script, preload and stylesheet it loads, following static JS imports. */
function htmlClosure(extensionDir: string, page: string): string[] {
  const html = readFileSync(join(extensionDir, page), 'utf8');
  const files = new Set<string>([page]);
  const queue = [...html.matchAll(/(?:src|href)="\/([^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
  while (queue.length) {
    const file = queue.shift()!;
    if (files.has(file)) continue;
    files.add(file);
    if (!file.endsWith('.js')) continue;
    const code = readFileSync(join(extensionDir, file), 'utf8');
    for (const m of code.matchAll(/(?:from|import)\s*\(?\s*"(\.{1,2}\/[^"]+)"/g)) queue.push(posix.normalize(posix.join(dirname(file), m[1]!)));
  }
  return [...files];
}
