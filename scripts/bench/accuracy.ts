import { readFileSync } from 'node:fs';
import { parseConll, type ConllSentence } from '../../src/analysis/entities/conll-format';
import { loadNerModel } from '../../src/analysis/entities/load-model';
import { modelWord } from '../../src/analysis/entities/model-input';
import { tagDocument } from '../../src/analysis/entities/tag-document';
import { scoreSpans, wordTagsFromSpans } from '../eval/conlleval';
import { readGoldArticle } from '../eval/gold';
import { SEED_DIR } from './corpus';
import type { Engine, EntitySpan } from './engines';

export interface F1 {
  precision: number;
  recall: number;
  f1: number;
}

/** Entity scores of one engine: typed (type and span must match) where it has types, and span-only. */
export interface AccuracyRow {
  engine: string;
  typed?: F1;
  untyped: F1;
}

/**
 * Mention-level scores on the seed article. The gold lists each entity's surface
 * forms; every occurrence of one in the text (longest first, whole words, no
 * overlaps) is a gold mention of that entity's type.
 */
export function seedAccuracy(engines: readonly Engine[]): AccuracyRow[] {
  const { text, gold } = readGoldArticle(SEED_DIR);
  const forms = gold.entities
    .flatMap((e) => e.mentions.map((form) => ({ form, type: e.type })))
    .sort((a, b) => b.form.length - a.form.length);
  const taken = new Uint8Array(text.length);
  const goldSpans: EntitySpan[] = [];
  for (const { form, type } of forms) {
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(form)}(?![\\p{L}\\p{N}])`, 'gu');
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      const end = start + form.length;
      if (taken.subarray(start, end).some(Boolean)) continue;
      taken.fill(1, start, end);
      goldSpans.push({ start, end, type });
    }
  }
  return engines.map((engine) => {
    const predicted = engine.run(text).entities;
    return {
      engine: engine.name,
      ...(engine.typed ? { typed: score(goldSpans, predicted, (s) => `${s.start}:${s.end}:${s.type}`) } : {}),
      untyped: score(goldSpans, predicted, (s) => `${s.start}:${s.end}`),
    };
  });
}

function score(gold: readonly EntitySpan[], predicted: readonly EntitySpan[], key: (s: EntitySpan) => string): F1 {
  const goldKeys = new Set(gold.map(key));
  const predictedKeys = new Set(predicted.map(key));
  const hits = [...predictedKeys].filter((k) => goldKeys.has(k)).length;
  return f1(hits, goldKeys.size, predictedKeys.size);
}

function f1(hits: number, gold: number, predicted: number): F1 {
  const precision = predicted ? hits / predicted : 0;
  const recall = gold ? hits / gold : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Exact-span scores on a CoNLL file by conlleval's rules. Ours is the shipped
 * tagger on the file's own tokens, a document at a time (as `npm run eval:ner`);
 * the others read each sentence as text and their spans are mapped onto its tokens.
 */
export function conllAccuracy(file: string, engines: readonly Engine[]): AccuracyRow[] {
  const documents = parseConll(readFileSync(file, 'utf8'));
  const sentences = documents.flat();
  const gold = sentences.map((s) => s.gold);
  const untypedGold = gold.map(untype);
  const weights = loadNerModel();
  const ours = documents.flatMap((doc) => tagDocument(weights, doc.map((s) => s.words.map(modelWord))));
  return engines.map((engine) => {
    const predicted = engine.name === 'sourcelight' ? ours : sentences.map((s) => tagsFromSpans(s, engine));
    const overall = (g: string[][], p: string[][]): F1 => scoreSpans(g, p).at(-1)!;
    return {
      engine: engine.name,
      ...(engine.typed ? { typed: overall(gold, predicted) } : {}),
      untyped: overall(untypedGold, predicted.map(untype)),
    };
  });
}

/** Tags with the types dropped; a type change between adjacent entities still starts a new one. */
function untype(tags: readonly string[]): string[] {
  return tags.map((t, i) => {
    if (t === 'O') return t;
    const before = tags[i - 1];
    const newType = t.startsWith('I-') && before !== undefined && before !== 'O' && before.slice(2) !== t.slice(2);
    return `${newType ? 'B-' : t.slice(0, 2)}ENT`;
  });
}

/** An engine's spans on the sentence's words joined by spaces, as IOB2 tags of those words. */
function tagsFromSpans(sentence: ConllSentence, engine: Engine): string[] {
  return wordTagsFromSpans(sentence.words, engine.run(sentence.words.join(' ')).entities);
}

