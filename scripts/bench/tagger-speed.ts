/**
 * Speed of the name tagger alone (tokens/s on 12,000 and 100,000 words) and of
 * the whole `analyze()` (words/s on 1k, 10k and 100k words): the median of warm
 * runs. With `--baseline DIR` (a copy of an earlier tree's `src`, e.g. from
 * `git archive <commit> src | tar -x -C DIR`) the earlier code runs in turn with
 * the current one, so load on a shared machine hits both alike.
 *
 *   npx tsx scripts/bench/tagger-speed.ts [--baseline DIR] [--runs 7]
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { analyze } from '../../src/analysis';
import { loadNerModel } from '../../src/analysis/entities/load-model';
import { modelWord } from '../../src/analysis/entities/model-input';
import { tagDocument } from '../../src/analysis/entities/tag-document';
import { segmentSentences } from '../../src/analysis/segment';
import { tokenize } from '../../src/analysis/tokenize';
import { buildCorpus, wordCount } from './corpus';
import { median } from './stats';

const { values } = parseArgs({ options: { baseline: { type: 'string' }, runs: { type: 'string', default: '7' } } });
const runs = Number(values.runs);

interface Version {
  name: string;
  tag: (sentences: string[][]) => unknown;
  analyze: (text: string) => unknown;
}

const versions: Version[] = [{ name: 'current', tag: (s) => tagDocument(loadNerModel(), s), analyze: (t) => analyze(t) }];
if (values.baseline) {
  const src = resolve(values.baseline, 'src/analysis');
  const [tagModule, modelModule, analysisModule] = await Promise.all([
    import(`${src}/entities/tag-document.ts`),
    import(`${src}/entities/load-model.ts`),
    import(`${src}/index.ts`),
  ]);
  versions.unshift({
    name: 'baseline',
    tag: (s) => tagModule.tagDocument(modelModule.loadNerModel(), s),
    analyze: (t) => analysisModule.analyze(t),
  });
}

/** Median milliseconds of each version on one input, versions taking turns. */
function timeTurns<T>(input: T, run: (version: Version, input: T) => unknown): number[] {
  for (const version of versions) run(version, input);
  const times = versions.map(() => [] as number[]);
  for (let r = 0; r < runs; r++) {
    versions.forEach((version, v) => {
      const t0 = performance.now();
      run(version, input);
      times[v]!.push(performance.now() - t0);
    });
  }
  return times.map(median);
}

const corpus = buildCorpus([1_000, 10_000, 12_000, 100_000]);
const rows: string[] = [];
for (const size of [12_000, 100_000]) {
  const text = corpus.get(size)!;
  const sentences = segmentSentences(text).map((s) => tokenize(text, s.start, s.end).map((t) => modelWord(t.text)));
  const tokens = sentences.reduce((n, s) => n + s.length, 0);
  const ms = timeTurns(sentences, (version, input) => version.tag(input));
  versions.forEach((version, v) => rows.push(`tagger   ${String(size).padStart(7)} words ${String(tokens).padStart(7)} tokens  ${version.name.padEnd(8)} ${ms[v]!.toFixed(1).padStart(8)} ms  ${Math.round(tokens / (ms[v]! / 1000)).toLocaleString('en-US').padStart(11)} tokens/s`));
}
for (const size of [1_000, 10_000, 100_000]) {
  const text = corpus.get(size)!;
  const words = wordCount(text);
  const ms = timeTurns(text, (version, input) => version.analyze(input));
  versions.forEach((version, v) => rows.push(`analyze  ${String(size).padStart(7)} words                 ${version.name.padEnd(8)} ${ms[v]!.toFixed(1).padStart(8)} ms  ${Math.round(words / (ms[v]! / 1000)).toLocaleString('en-US').padStart(11)} words/s`));
}
console.log(rows.join('\n'));
