import { wordCount } from './corpus';
import type { Engine } from './engines';
import { median } from './stats';

export interface ThroughputRow {
  words: number;
  /** Runs measured after the warm-up, by engine name. */
  runs: Record<string, number>;
  /** Median words per second, by engine name. */
  wordsPerSecond: Record<string, number>;
}

/** How many runs an engine gets on a text: up to `max`, but no more once its runs have taken `seconds`. */
export interface RunLimit {
  max: number;
  seconds: number;
}

/**
 * Words per second of each engine on each text. Engines take turns, one run
 * each per round, so a burst of load from a neighbour hits all of them alike and
 * the ratios hold on a shared machine; an engine that has used up its time sits
 * out the later rounds.
 */
export function measureThroughput(engines: readonly Engine[], texts: Map<number, string>, limit: (words: number) => RunLimit): ThroughputRow[] {
  const warmUp = texts.values().next().value!;
  for (const engine of engines) engine.run(warmUp);
  return [...texts].map(([size, text]) => {
    const words = wordCount(text);
    const { max, seconds } = limit(size);
    const times = new Map<string, number[]>(engines.map((e) => [e.name, []]));
    const wantsMore = (ms: number[]) => ms.length === 0 || (ms.length < max && ms.reduce((a, b) => a + b, 0) < seconds * 1000);
    while ([...times.values()].some(wantsMore)) {
      for (const engine of engines) {
        const ms = times.get(engine.name)!;
        if (!wantsMore(ms)) continue;
        const t0 = performance.now();
        engine.run(text);
        ms.push(performance.now() - t0);
      }
    }
    const runs = Object.fromEntries([...times].map(([name, ms]) => [name, ms.length]));
    const wordsPerSecond = Object.fromEntries([...times].map(([name, ms]) => [name, words / (median(ms) / 1000)]));
    return { words, runs, wordsPerSecond };
  });
}
