/**
 * One cold start, in a process of its own (cold-start.ts bundles this file and
 * spawns it): imports an engine's bundle, then runs it twice on a text. Prints
 * the CPU milliseconds of each step as JSON.
 *
 *   node CHILD.mjs ENGINE.mjs EXPORT_NAME TEXT.txt
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { Engine } from './engines';

const [bundle, exportName, textFile] = process.argv.slice(2) as [string, string, string];
const text = readFileSync(textFile, 'utf8');
// CPU time of every thread (V8 compiles and collects garbage off the main one too): load on a shared machine moves it less than wall time.
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

const t0 = cpuMs();
const engine = ((await import(pathToFileURL(bundle).href)) as Record<string, Engine>)[exportName]!;
const t1 = cpuMs();
engine.run(text);
const t2 = cpuMs();
engine.run(text);
const t3 = cpuMs();
console.log(JSON.stringify({ loadMs: t1 - t0, firstMs: t2 - t1, secondMs: t3 - t2 }));
