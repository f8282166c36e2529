import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decodeHtml } from './extract-html';

/**
 * Trafilatura's extraction corpus (tests/evaldata.json and its pages) and its
 * scoring, as trafilatura's tests/eval_common.py does it: whitespace-normalised
 * substring tests of each page's `with` and `without` segments.
 */

export interface CorpusPage {
  url: string;
  file: string;
  with: string[];
  without: string[];
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

export function readCorpus(dir: string): CorpusPage[] {
  const data = JSON.parse(readFileSync(join(dir, 'evaldata.json'), 'utf8')) as Record<string, { file: string; with: string[]; without: string[] }>;
  return Object.keys(data)
    .sort()
    .map((url) => ({ url, file: data[url]!.file, with: data[url]!.with, without: data[url]!.without }));
}

/** A corpus page's HTML, decoded as a browser would. */
export function readPageHtml(dir: string, file: string): string {
  return decodeHtml(gunzipSync(readFileSync(join(dir, 'html', `${file}.gz`))));
}

export const norm = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Per page: each `with` segment found is a true positive, each `without` segment found a false positive. */
export function countPage(page: CorpusPage, text: string | undefined): Counts {
  const result = text === undefined ? undefined : norm(text);
  const tp = result === undefined ? 0 : page.with.filter((w) => result.includes(norm(w))).length;
  const fp = result === undefined ? 0 : page.without.filter((w) => result.includes(norm(w))).length;
  return { tp, fp, fn: page.with.length - tp, tn: page.without.length - fp };
}

export function addCounts(a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn, tn: a.tn + b.tn };
}

export const ZERO: Counts = { tp: 0, fp: 0, fn: 0, tn: 0 };

export function scores(c: Counts): { precision: number; recall: number; accuracy: number; f1: number } {
  const precision = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const recall = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  const accuracy = (c.tp + c.tn) / (c.tp + c.fp + c.fn + c.tn || 1);
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, accuracy, f1 };
}
