import type { Summary } from '../shared/page-state';
import type { Analysis, Counts, Entity, Sentence } from '../shared/schema';

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

/** Unsourced claims, most checkable first: those naming numbers, dates and actors. */
export function claimsToCheck(analysis: Analysis, limit = 5): Array<{ sentence: number; text: string }> {
  const mentionStarts = analysis.entities.flatMap((e) => e.mentions.map((m) => m.start));
  const checkability = (s: Sentence) =>
    s.cues.filter((c) => c.kind === 'fact').length + mentionStarts.filter((p) => p >= s.start && p < s.end).length;
  return analysis.sentences
    .map((s, index) => ({ s, index }))
    .filter(({ s }) => s.label === 'unsourced')
    .map(({ s, index }) => ({ index, text: s.text, score: checkability(s) }))
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
