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
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GERMAN_REPORTING_FORMS, GERMAN_SEPARABLE_FORMS } from '../src/analysis/languages/de/reporting-verbs';

const ATTRIBUTION_WORDS = new Set(['laut', 'zufolge', 'heißt', 'hieß']);

interface Speech {
  Sentences: Array<{ SentenceId: number; Tokens: string[] }>;
  Annotations: Array<{ Cue: string[] }>;
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
for (const folder of folders) {
  for (const file of readdirSync(folder).filter((f) => f.endsWith('.json')).sort()) {
    const speech = JSON.parse(readFileSync(join(folder, file), 'utf8')) as Speech;
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
