/**
 * Scores the German pack's attribution cue words against SpkAtt-2023's gold cues
 * (German Bundestag speeches, CC BY-SA 4.0): token-level precision, recall and F1 over
 * every token that belongs to a gold cue, and the share of gold cues with any predicted token.
 *
 *   npx tsx scripts/eval-cues-de.ts ../shared/data/spkatt-2023/data/eval/task1_subtask2_test [MORE FOLDERS]
 *
 * A token is a predicted cue when it is a form of a German verb of saying, finding,
 * believing or promising (a separable verb's split form with its particle later in the
 * sentence, both tokens), or one of the attribution words "laut", "zufolge" and "heißt"/"hieß".
 * SpkAtt also marks nouns ("Antrag", "Debatte") and the speaker's own speech acts as cues,
 * which news attribution does not need: recall is bounded by that.
 *
 * It also scores the claims stage's attributions: of the sentences it attributes by a cue of their own (a verb
 * of saying, "laut X"), how many have that cue on a gold cue token, and (where the speeches have gold sources)
 * how many also name the gold source — a source where the gold has none (a passive's "wurde gefordert") is wrong.
 *
 * Where the speeches have gold sources (the train and dev splits, e.g.
 * ../shared/data/spkatt-2023/data/dev/task1), it also scores the claims stage's sources: each
 * speech is analysed with the German pack, one sentence a line, and a gold source in its cue's
 * sentence counts as found when that sentence is attributed and its source covers a gold source
 * token. Sources that are pronouns are left out of that row: SpkAtt marks the pronoun ("er",
 * "Sie") where the pack names whom it resolves to.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, loadLanguagePack } from '../src/analysis';
import { GERMAN_REPORTING_FORMS, GERMAN_SEPARABLE_FORMS } from '../src/analysis/languages/de/reporting-verbs';
import { repoModels } from './lib/repo-models';
import { layOutTokenLines } from './lib/token-lines';

const ATTRIBUTION_WORDS = new Set(['laut', 'zufolge', 'heißt', 'hieß']);

interface Speech {
  Sentences: Array<{ SentenceId: number; Tokens: string[] }>;
  Annotations: Array<{ Cue: string[]; Source?: string[] }>;
}

/** Personal, possessive, relative and interrogative pronouns: SpkAtt's source where the pack names whom it means. */
const PRONOUN = /^(?:ich|du|er|sie|es|wir|ihr|man|mich|mir|dich|dir|ihn|ihm|ihnen|uns|euch|wer|die|der|das|dies\p{L}*|(?:mein|dein|sein|ihr|unser|eue?r)\p{L}*)$/iu;

/**
 * Gold sources that are not pronouns, and how many of them the claims stage's source covers; and the
 * sentences the claims stage attributes by a cue of their own (a verb of saying, "laut X"), and how many
 * of those cues cover a gold cue token, and how many gold cues such a cue covers.
 */
function sourceMatches(speech: Speech): { total: number; found: number; attributions: number; attributionsOnCue: number; attributionsRight: number; goldCuesFound: number } {
  const { text, sentences: lines, tokenStarts: starts } = layOutTokenLines(speech.Sentences.map((s) => s.Tokens));
  const analysis = analyze(text, { language: 'de' });
  let total = 0;
  let found = 0;
  const goldStarts = speech.Annotations.map((a) => a.Cue.map((id) => id.split(':').map(Number) as [number, number]).map(([s, t]) => starts[s]![t]!));
  const ownCues = analysis.sentences
    .filter((s) => s.label === 'sourced' || s.label === 'vague')
    .map((s) => ({ source: s.source, cues: s.cues.filter((c) => c.kind === 'reporting-verb' || c.kind === 'according-to') }))
    .filter(({ cues }) => cues.length > 0);
  const covers = (cues: ReadonlyArray<{ start: number; end: number }>, at: number) => cues.some((c) => c.start <= at && at < c.end);
  const attributionsOnCue = ownCues.filter(({ cues }) => goldStarts.some((gold) => gold.some((at) => covers(cues, at)))).length;
  // Right: the cue covers a gold cue with a gold source that the predicted source overlaps, or that is a pronoun (which the
  // pack resolves to whom it means). A gold cue without a source (a passive's "wurde gefordert") makes any source wrong.
  const goldSources = speech.Annotations.map((a) => (a.Source ?? []).map((id) => id.split(':').map(Number) as [number, number]));
  const attributionsRight = ownCues.filter(({ cues, source }) =>
    goldStarts.some((gold, k) => {
      const sourceTokens = goldSources[k]!;
      if (!gold.some((at) => covers(cues, at)) || sourceTokens.length === 0) return false;
      if (sourceTokens.every(([s, t]) => PRONOUN.test(speech.Sentences[s]!.Tokens[t]!))) return true;
      return sourceTokens.some(([s, t]) => source !== undefined && source.start <= starts[s]![t]! && starts[s]![t]! < source.end);
    }),
  ).length;
  const goldCuesFound = goldStarts.filter((gold) => ownCues.some(({ cues }) => gold.some((at) => covers(cues, at)))).length;
  for (const annotation of speech.Annotations) {
    const sentence = Number(annotation.Cue[0]?.split(':')[0]);
    const source = (annotation.Source ?? []).map((id) => id.split(':').map(Number) as [number, number]).filter(([s]) => s === sentence);
    if (source.length === 0 || source.every(([s, t]) => PRONOUN.test(speech.Sentences[s]!.Tokens[t]!))) continue;
    total++;
    const line = lines[sentence]!;
    const predicted = analysis.sentences.find((s) => s.start <= line.start && line.start < s.end);
    const attributed = predicted?.label === 'sourced' || predicted?.label === 'vague';
    if (attributed && predicted.source && source.some(([s, t]) => predicted.source!.start <= starts[s]![t]! && starts[s]![t]! < predicted.source!.end)) found++;
  }
  return { total, found, attributions: ownCues.length, attributionsOnCue, attributionsRight, goldCuesFound };
}

/** The predicted cue tokens of one sentence, as token indexes. */
function predictedCues(tokens: readonly string[]): Set<number> {
  const cues = new Set<number>();
  const lower = tokens.map((t) => t.toLowerCase());
  lower.forEach((word, i) => {
    // A capitalised form after the first word is a noun ("das Sagen", "die Meldung").
    const noun = i > 0 && /^\p{Lu}/u.test(tokens[i]!);
    if (ATTRIBUTION_WORDS.has(word) || (!noun && GERMAN_REPORTING_FORMS.has(word))) cues.add(i);
    for (const verb of noun ? [] : (GERMAN_SEPARABLE_FORMS.get(word) ?? [])) {
      const particle = lower.indexOf(verb.particle, i + 1);
      if (particle !== -1) cues.add(i).add(particle);
    }
  });
  return cues;
}

const folders = process.argv.slice(2).filter((a) => a !== '--');
if (folders.length === 0) {
  console.error('usage: npx tsx scripts/eval-cues-de.ts SPKATT_FOLDER...   (e.g. ../shared/data/spkatt-2023/data/eval/task1_subtask2_test)');
  process.exit(2);
}
let truePositives = 0;
let predictedCount = 0;
let goldCount = 0;
let cuesFound = 0;
let cueCount = 0;
let sentenceCount = 0;
let sourceCount = 0;
let sourcesFound = 0;
let attributions = 0;
let attributionsOnCue = 0;
let attributionsRight = 0;
let goldCuesFound = 0;
await loadLanguagePack('de', repoModels);
for (const folder of folders) {
  for (const file of readdirSync(folder).filter((f) => f.endsWith('.json')).sort()) {
    const speech = JSON.parse(readFileSync(join(folder, file), 'utf8')) as Speech;
    const sources = sourceMatches(speech);
    sourceCount += sources.total;
    sourcesFound += sources.found;
    attributions += sources.attributions;
    attributionsOnCue += sources.attributionsOnCue;
    attributionsRight += sources.attributionsRight;
    goldCuesFound += sources.goldCuesFound;
    const gold = new Map<number, Set<number>>();
    const predicted = new Map(speech.Sentences.map((s) => [s.SentenceId, predictedCues(s.Tokens)]));
    for (const annotation of speech.Annotations) {
      const ids = annotation.Cue.map((id) => id.split(':').map(Number) as [number, number]);
      cueCount++;
      if (ids.some(([s, t]) => predicted.get(s)?.has(t))) cuesFound++;
      for (const [s, t] of ids) {
        if (!gold.has(s)) gold.set(s, new Set());
        gold.get(s)!.add(t);
      }
    }
    for (const sentence of speech.Sentences) {
      sentenceCount++;
      const p = predicted.get(sentence.SentenceId)!;
      const g = gold.get(sentence.SentenceId) ?? new Set<number>();
      predictedCount += p.size;
      goldCount += g.size;
      for (const t of p) if (g.has(t)) truePositives++;
    }
  }
}
const precision = predictedCount ? truePositives / predictedCount : 0;
const recall = goldCount ? truePositives / goldCount : 0;
const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
console.log(`${folders.join(', ')}: ${sentenceCount} sentences, ${cueCount} gold cues (${goldCount} tokens), ${predictedCount} predicted cue tokens\n`);
console.log('| cue tokens | precision | recall | F1 | gold cues with a predicted token |');
console.log('|---|---|---|---|---|');
console.log(`| German pack | ${precision.toFixed(3)} | ${recall.toFixed(3)} | ${f1.toFixed(3)} | ${cuesFound}/${cueCount} (${((100 * cuesFound) / Math.max(1, cueCount)).toFixed(1)} %) |`);
const share = (n: number, d: number) => `${n}/${d} (${((100 * n) / Math.max(1, d)).toFixed(1)} %)`;
const rightSources = sourceCount > 0 ? `, and the source is its gold source (overlaps it, or it is a pronoun) ${share(attributionsRight, attributions)}` : '';
console.log(`\nAttributions (claims stage, sentences attributed by a cue of their own): the cue covers a gold cue ${share(attributionsOnCue, attributions)}${rightSources}; gold cues so found ${share(goldCuesFound, cueCount)}.`);
if (sourceCount > 0) {
  console.log(`\nSources (claims stage, gold sources that are not pronouns): ${sourcesFound}/${sourceCount} (${((100 * sourcesFound) / sourceCount).toFixed(1)} %) covered by the predicted source.`);
}
