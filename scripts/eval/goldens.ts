/**
 * Per-sentence goldens: the engine's label, source and deciding cues for every
 * sentence of the repo's own texts (the seed, the labelled fixtures, the saved
 * pages through the extension's article detection), one line per sentence, in
 * tests/fixtures/goldens/. `npm run eval -- --update` rewrites them; the unit test
 * `tests/unit/analysis/claims/goldens.test.ts` names every sentence that changed.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SUPPORTED_LANGUAGES, analyze, loadLanguagePack } from '../../src/analysis';
import { repoModels } from '../lib/repo-models';
import type { Analysis } from '../../src/shared/schema';
import { readHtmlArticle } from '../lib/read-article';

export const GOLDEN_DIR = 'tests/fixtures/goldens';

export interface Golden {
  /** File name under GOLDEN_DIR. */
  file: string;
  content: string;
}

/** Longest text shown for a sentence or cue: enough to find it, short enough to read a diff. */
const MAX_TEXT = 110;
const MAX_CUE = 40;

// A saved page is analysed in the language the page layer detects, so every pack is ready before the goldens are made.
await Promise.all(SUPPORTED_LANGUAGES.map((code) => loadLanguagePack(code, repoModels)));

/** The current goldens of every text in the repo under `root`. */
export function currentGoldens(root = '.'): Golden[] {
  const goldens: Golden[] = [];
  const fixtures = join(root, 'tests/fixtures');
  const textOf = (path: string) => readFileSync(path, 'utf8').replace(/\r\n?/g, '\n');
  goldens.push({ file: 'seed.txt', content: renderGolden('seed', analyze(textOf(join(fixtures, 'seed/article.txt')))) });
  for (const name of subfolders(join(fixtures, 'labelled'))) {
    const path = join(fixtures, 'labelled', name, 'article.txt');
    if (existsSync(path)) goldens.push({ file: `labelled-${name}.txt`, content: renderGolden(name, analyze(textOf(path))) });
  }
  for (const name of subfolders(join(fixtures, 'pages'))) {
    const path = join(fixtures, 'pages', name, 'source.html');
    if (!existsSync(path)) continue;
    const article = readHtmlArticle(readFileSync(path, 'utf8'));
    const content = article.ok ? renderGolden(name, analyze(article.text, { links: article.links, blocks: article.blocks, language: article.language, meta: article.meta })) : `# ${name}: ${article.state}\n`;
    goldens.push({ file: `page-${name}.txt`, content });
  }
  return goldens;
}

/** The goldens as committed, by file name. */
export function committedGoldens(root = '.'): Map<string, string> {
  const dir = join(root, GOLDEN_DIR);
  if (!existsSync(dir)) return new Map();
  return new Map(readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
}

/**
 * One line per sentence: index, label (or why it is not a claim), source, cues
 * (kind and words), then the sentence's opening words.
 */
export function renderGolden(name: string, analysis: Analysis): string {
  const lines = [`# ${name}: ${analysis.articleKind ?? 'unknown'} article, ${analysis.sentences.length} sentences`];
  analysis.sentences.forEach((s, i) => {
    const label = s.label ?? `(${s.nonClaim ?? 'none'})`;
    const source = s.source ? s.source.text : '-';
    const cues = s.cues.map((c) => `${c.kind}:${clip(analysis.text.slice(c.start, c.end), MAX_CUE)}`).join(' ') || '-';
    lines.push(`${i}\t${label}\t${clip(source, MAX_CUE)}\t${cues}\t${clip(s.text, MAX_TEXT)}`);
  });
  return `${lines.join('\n')}\n`;
}

/** Every sentence line that differs between two goldens of one text, as "file #index: was … / now …". */
export function goldenDiff(file: string, before: string | undefined, after: string): string[] {
  if (before === undefined) return [`${file}: no golden committed (run npm run eval -- --update)`];
  if (before === after) return [];
  const byIndex = (content: string) => new Map(content.split('\n').filter(Boolean).map((line) => [line.split('\t', 1)[0]!, line]));
  const was = byIndex(before);
  const now = byIndex(after);
  const changes: string[] = [];
  for (const key of new Set([...was.keys(), ...now.keys()])) {
    if (was.get(key) === now.get(key)) continue;
    changes.push(`${file} ${key.startsWith('#') ? 'header' : `#${key}`}:\n  was ${was.get(key) ?? '(none)'}\n  now ${now.get(key) ?? '(none)'}`);
  }
  return changes;
}

function subfolders(path: string): string[] {
  if (!existsSync(path)) return [];
  return readdirSync(path, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
}

function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
