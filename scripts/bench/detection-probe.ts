/**
 * Bundled into the page by the detection bench (esbuild, one IIFE): the
 * extension's own article detection beside Readability's parse, on the same DOM.
 */
import { Readability } from '@mozilla/readability';
import { extractArticle } from '../../src/page/article';

export interface DetectionSamples {
  detectMs: number[];
  readabilityMs: number[];
  state: string;
}

/**
 * `reps` alternating pairs, the order swapping each time so that neither side
 * always runs on a cache or heap the other just warmed or filled.
 */
export function sampleDetection(doc: Document, reps: number): DetectionSamples {
  const detectMs: number[] = [];
  const readabilityMs: number[] = [];
  let state = '';
  const detect = () => {
    const t0 = performance.now();
    state = extractArticle(doc).state;
    detectMs.push(performance.now() - t0);
  };
  const readability = () => {
    const t0 = performance.now();
    new Readability(doc.cloneNode(true) as Document).parse();
    readabilityMs.push(performance.now() - t0);
  };
  for (let i = 0; i < reps; i++) {
    if (i % 2 === 0) {
      detect();
      readability();
    } else {
      readability();
      detect();
    }
  }
  return { detectMs, readabilityMs, state };
}

(globalThis as unknown as { __sourcelightDetection?: typeof sampleDetection }).__sourcelightDetection = sampleDetection;
