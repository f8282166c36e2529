/**
 * Where the claim stage's time goes: each piece of it timed alone on the bench corpus (the article
 * view, every detector over every sentence, the non-claim checks, the features, the decision), as
 * medians of separate runs. The whole stage's A/B (`analyze-ab.ts --stage claims`) swings by ±15 %
 * on a loaded machine, so a change to one piece is best measured on that piece; the sum of the
 * pieces is below the stage's time (labelling's own glue: resolving sources, cues, memory).
 *
 *   npx tsx scripts/bench/claim-parts.ts [--words 12000] [--runs 21]
 */
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { measureVoice } from '../../src/analysis/claims/article-kind';
import { buildArticleView } from '../../src/analysis/claims/article-view';
import { CLAIM_MODEL } from '../../src/analysis/claims/data/claim-model';
import { DETECTORS } from '../../src/analysis/claims/detectors';
import { featureMap, sentenceFeatures } from '../../src/analysis/claims/features';
import { claimRows, decideSentence } from '../../src/analysis/claims/label';
import { nonClaimKind } from '../../src/analysis/claims/non-claims';
import type { Detector } from '../../src/analysis/claims/types';
import { buildEntities } from '../../src/analysis/entities/build';
import { retypeKnown } from '../../src/analysis/knowledge';
import { languagePack } from '../../src/analysis/languages';
import { segmentSentences } from '../../src/analysis/segment';
import { buildCorpus } from './corpus';
import { median } from './stats';

const { values } = parseArgs({ options: { words: { type: 'string', default: '12000' }, runs: { type: 'string', default: '21' } } });
const words = Number(values.words);
const runs = Number(values.runs);

const text = buildCorpus([words]).get(words)!;
const pack = languagePack('en');
const spans = segmentSentences(text, { blocks: [], segmentation: pack.segmentation });
const entities = retypeKnown(buildEntities(text, pack.names.recognize(text, spans), spans));
const mentions = entities
  .flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text, type: e.type, entityId: e.id })))
  .sort((a, b) => a.start - b.start);
const context = { mentions, links: [], blocks: [] };
const frameDetectors = DETECTORS.filter((d): d is Extract<Detector, { stage: 'frame' }> => d.stage === 'frame');
const { rows } = claimRows(text, spans, context);
const view = buildArticleView(text, spans, context, frameDetectors);
const voice = measureVoice(
  view.firstPersonShare,
  rows.filter((r) => r.rule.label !== null).map((r) => ({ subjectivity: r.evidence.opinion.probability, attributed: r.evidence.chosen !== undefined })),
);
const shared = { opinionKind: 0, voice };

function time(name: string, run: () => unknown): void {
  for (let i = 0; i < 3; i++) run();
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    run();
    ms.push(performance.now() - started);
  }
  console.log(`| ${name} | ${median(ms).toFixed(2)} |`);
}

console.log(`| piece (${words} words, ${spans.length} sentences) | median ms |\n| --- | --- |`);
time('whole stage (claimRows and decisions)', () => pack.claims.label(text, spans, context));
time('article view', () => buildArticleView(text, spans, context, frameDetectors));
for (const d of DETECTORS) {
  // Quote detectors read the discourse the labelling builds as it goes; they are timed inside the whole stage only.
  if (d.stage === 'quote') continue;
  time(`detector ${d.name}`, () => view.sentences.map((s) => d.detect(s, view)));
}
time('non-claim checks', () => view.sentences.map((s) => nonClaimKind(s, view, false)));
time('features (collected into maps, as training does)', () =>
  rows.map((r, i) =>
    featureMap((add) =>
      sentenceFeatures(view.sentences[i]!, r.evidence, shared, { previous: rows[i - 1]?.evidence, next: rows[i + 1]?.evidence, opensParagraph: true, first: i === 0, paragraphOpinion: 0 }, add),
    ),
  ),
);
// The decision layer weighs each feature as it is written, so this piece includes writing them.
time('decisions', () => rows.map((r) => decideSentence(r, CLAIM_MODEL)));
console.log(`\nload average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
