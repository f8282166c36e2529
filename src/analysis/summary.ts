import { LABELS, type Analysis, type Counts, type Entity, type Label, type Sentence } from '../shared/schema';

export function countLabels(analysis: Analysis): Counts {
  const counts: Counts = { sourced: 0, vague: 0, unsourced: 0, opinion: 0, entities: analysis.entities.length };
  for (const sentence of analysis.sentences) if (sentence.label) counts[sentence.label]++;
  return counts;
}

export interface SourceCited {
  name: string;
  entityId?: string;
  role?: string;
  label: Extract<Label, 'sourced' | 'vague'>;
  claims: number;
}

/** Who the article quotes, with how many claims rest on each. */
export function sourcesCited(analysis: Analysis): SourceCited[] {
  const byName = new Map<string, SourceCited>();
  for (const sentence of analysis.sentences) {
    if (!sentence.source || (sentence.label !== 'sourced' && sentence.label !== 'vague')) continue;
    const entity = analysis.entities.find((e) => e.id === sentence.source?.entityId);
    const name = entity?.name ?? sentence.source.text;
    const key = entity?.id ?? name.toLowerCase();
    const entry = byName.get(key) ?? {
      name,
      ...(entity ? { entityId: entity.id } : {}),
      ...(entity?.context ? { role: entity.context } : {}),
      label: sentence.label,
      claims: 0,
    };
    entry.claims++;
    byName.set(key, entry);
  }
  return [...byName.values()].sort((a, b) => b.claims - a.claims);
}

/** Entities worth listing: people and organisations first, most mentioned first. */
export function keyEntities(analysis: Analysis, limit = 8): Entity[] {
  const rank = (e: Entity) => (e.type === 'PER' || e.type === 'ORG' ? 0 : 1);
  return [...analysis.entities]
    .sort((a, b) => rank(a) - rank(b) || b.mentions.length - a.mentions.length || a.mentions[0]!.start - b.mentions[0]!.start)
    .slice(0, limit);
}

/** Unsourced claims, most checkable first: those with numbers, dates and named actors. */
export function claimsToCheck(analysis: Analysis, limit = 5): Sentence[] {
  const score = (s: Sentence) =>
    s.cues.filter((c) => c.kind === 'fact').length +
    analysis.entities.filter((e) => e.mentions.some((m) => m.start >= s.start && m.end <= s.end)).length;
  return analysis.sentences
    .filter((s) => s.label === 'unsourced')
    .map((s) => ({ s, score: score(s) }))
    .sort((a, b) => b.score - a.score || a.s.start - b.s.start)
    .slice(0, limit)
    .map(({ s }) => s);
}

export { LABELS };
