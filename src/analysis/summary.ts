import type { Summary } from '../shared/page-state';
import type { Analysis, Counts, Entity, Sentence } from '../shared/schema';
import { CLOCK_OPENING, COMPARISON_WORDS, DATELINE, FINITE_VERBS, PROMO_OPENERS, STAMP_WORDS } from './check-worthiness-words';
import { checkableDetails } from './key-words';
import { tokenize } from './tokenize';

/** Fewer words than this is a fragment, a label or a dateline, not a claim a reader can check. */
const MIN_WORDS = 6;

export function countLabels(analysis: Analysis): Counts {
  const counts: Counts = { sourced: 0, vague: 0, unsourced: 0, opinion: 0, entities: analysis.entities.length };
  for (const sentence of analysis.sentences) if (sentence.label) counts[sentence.label]++;
  return counts;
}

/** Who the article cites, most-cited first, with the entity's role when the article gives one. */
export function sourcesCited(analysis: Analysis): Summary['sources'] {
  const entities = new Map(analysis.entities.map((e) => [e.id, e]));
  const bySource = new Map<string, Summary['sources'][number]>();
  analysis.sentences.forEach((sentence, index) => {
    const { source, label } = sentence;
    if (!source || !label) return;
    const entity = source.entityId ? entities.get(source.entityId) : undefined;
    const name = entity?.name ?? source.text;
    const key = entity?.id ?? name.toLowerCase();
    const entry = bySource.get(key);
    if (entry) {
      entry.claims++;
      return;
    }
    bySource.set(key, {
      name,
      ...(entity?.context ? { role: entity.context } : {}),
      label,
      claims: 1,
      sentence: index,
    });
  });
  return [...bySource.values()].sort((a, b) => b.claims - a.claims || a.sentence - b.sentence);
}

/** People and organisations first, then the rest; most mentioned first. */
export function keyEntities(analysis: Analysis, limit = 10): Entity[] {
  const rank = (e: Entity) => (e.type === 'PER' || e.type === 'ORG' ? 0 : 1);
  return [...analysis.entities]
    .sort(
      (a, b) =>
        rank(a) - rank(b) ||
        b.mentions.length - a.mentions.length ||
        (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0),
    )
    .slice(0, limit);
}

/**
 * How worth checking an unsourced claim is, or undefined when it is no claim
 * to check: not a full sentence with a verb, or a dateline, a timestamp or a
 * promotion. The score counts what a reader can look up: numbers and dates
 * (as whole words), a comparison, the people and organizations it names.
 */
export function checkWorthiness(analysis: Analysis, sentence: Sentence): number | undefined {
  if (sentence.label !== 'unsourced') return undefined;
  const words = tokenize(sentence.text).filter((t) => /[\p{L}\p{N}]/u.test(t.text));
  const lower = words.map((w) => w.text.toLowerCase());
  const text = sentence.text.trim();
  if (words.length < MIN_WORDS || !/[.!]["”’»)]*$/u.test(text) || !/^["“‘'«(]?[\p{Lu}\p{N}]/u.test(text)) return undefined;
  if (DATELINE.test(text) && words.length < MIN_WORDS * 2) return undefined;
  if (CLOCK_OPENING.test(text) || STAMP_WORDS.has(lower[0]!) || PROMO_OPENERS.has(lower[0]!)) return undefined;
  if (!lower.some((w, i) => FINITE_VERBS.has(w) || (i > 0 && w.length > 4 && w.endsWith('ed')))) return undefined;
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (letters.length > 0 && letters.replace(/[^\p{Lu}]/gu, '').length / letters.length > 0.6) return undefined;
  const details = checkableDetails(analysis, sentence);
  const numbers = details.filter((d) => d.kind === 'fact').length;
  const actors = new Set(details.filter((d) => d.kind === 'actor').map((d) => d.text)).size;
  const comparison = lower.some((w) => COMPARISON_WORDS.has(w)) ? 1 : 0;
  return Math.min(numbers, 2) + comparison + Math.min(actors, 2);
}

/** Unsourced claims worth checking, most checkable first; each has at least one thing to look up. */
export function claimsToCheck(analysis: Analysis, limit = 5): Array<{ sentence: number; text: string }> {
  return analysis.sentences
    .map((s, index) => ({ index, text: s.text, score: checkWorthiness(analysis, s) ?? 0 }))
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, limit)
    .map(({ index, text }) => ({ sentence: index, text }));
}

export function summarize(analysis: Analysis): Summary {
  return {
    counts: countLabels(analysis),
    sources: sourcesCited(analysis),
    entities: keyEntities(analysis).map((e) => ({
      id: e.id,
      name: e.name,
      type: e.type,
      ...(e.context ? { context: e.context } : {}),
      mentions: e.mentions.length,
    })),
    claimsToCheck: claimsToCheck(analysis),
  };
}
