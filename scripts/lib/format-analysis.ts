import { summarize } from '../../src/analysis/summary';
import type { Analysis, Sentence } from '../../src/shared/schema';

const TAG: Record<NonNullable<Sentence['label']>, string> = {
  sourced: 'SOURCED  ',
  vague: 'VAGUE    ',
  unsourced: 'UNSOURCED',
  opinion: 'OPINION  ',
};

/** A reader's view of an Analysis: one line per sentence with its label and evidence, then the names. */
export function formatAnalysisText(analysis: Analysis): string {
  const lines: string[] = [];
  const entityName = new Map(analysis.entities.map((e) => [e.id, e.name]));
  for (const sentence of analysis.sentences) {
    const label = sentence.label ? TAG[sentence.label] : `(${sentence.nonClaim ?? 'none'})`.padEnd(9);
    lines.push(`${label} ${sentence.text}`);
    const evidence: string[] = [];
    if (sentence.source) {
      const resolved = sentence.source.entityId ? entityName.get(sentence.source.entityId) : undefined;
      evidence.push(`source: ${sentence.source.text}${resolved && resolved !== sentence.source.text ? ` (${resolved})` : ''}`);
    }
    const cues = sentence.cues.map((c) => `${c.kind} "${analysis.text.slice(c.start, c.end)}"`);
    if (cues.length) evidence.push(`cues: ${cues.join(', ')}`);
    if (sentence.subjective && sentence.label !== 'opinion') evidence.push('subjective');
    if (evidence.length) lines.push(`          ${evidence.join('; ')}`);
  }
  const { counts } = summarize(analysis);
  lines.push('', `Counts: ${counts.sourced} sourced, ${counts.vague} vague, ${counts.unsourced} unsourced, ${counts.opinion} opinion; ${counts.entities} entities`, '');
  for (const entity of analysis.entities) {
    const context = entity.context ? ` — ${entity.context}` : '';
    lines.push(`${entity.type.padEnd(4)} ${entity.name} ×${entity.mentions.length}${context}`);
  }
  return `${lines.join('\n')}\n`;
}
