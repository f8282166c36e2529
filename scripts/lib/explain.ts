/**
 * `npm run annotate -- --explain FILE`: per sentence, every candidate attribution
 * the detectors found and why it won or lost, then the decision layer's
 * probabilities and the features that weighed most for its label.
 */
import { analyze, type AnalyzeOptions } from '../../src/analysis';
import { CLAIM_MODEL } from '../../src/analysis/claims/data/claim-model';
import { labelProbabilities, UNATTRIBUTED_LABELS } from '../../src/analysis/claims/decide';
import { featureMap } from '../../src/analysis/claims/features';
import { claimRows, decideSentence, type ClaimRow } from '../../src/analysis/claims/label';
import type { Attribution } from '../../src/analysis/claims/types';
import { segmentSentences } from '../../src/analysis/segment';
import { LABELS } from '../../src/shared/schema';

const TOP_FEATURES = 5;

export function explainClaims(text: string, options: AnalyzeOptions = {}): string {
  const mentions = analyze(text, options)
    .entities.flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text, type: e.type })))
    .sort((a, b) => a.start - b.start);
  const spans = segmentSentences(text, { blocks: options.blocks ?? [] });
  const { rows, articleKind } = claimRows(text, spans, { mentions, links: options.links ?? [], blocks: options.blocks ?? [], ...(options.meta ? { meta: options.meta } : {}) });
  const lines = [`Article kind: ${articleKind}`, ''];
  rows.forEach((row, i) => lines.push(...explainRow(i, row, text), ''));
  return `${lines.join('\n')}\n`;
}

function explainRow(index: number, row: ClaimRow, text: string): string[] {
  const decided = decideSentence(row, CLAIM_MODEL);
  const head = `[${index}] ${(decided.label ?? `not a claim (${decided.nonClaim})`).toUpperCase()}  ${clip(row.rule.text, 120)}`;
  if (row.rule.label === null) return [head];
  const { evidence } = row;
  const chosen = evidence.chosen?.attribution;
  const lines = [head, `    rules alone: ${row.rule.label}${evidence.chosen ? `, source "${evidence.chosen.source.text}"` : ''}`];
  if (evidence.candidates.length === 0) lines.push('    no attribution found: the label is the author’s (unsourced or opinion)');
  for (const c of evidence.candidates) {
    const mark = c === chosen ? '+' : '-';
    const cue = c.cues.map((q) => `${q.kind} "${clip(text.slice(q.start, q.end), 40)}"`).join(', ');
    lines.push(`    ${mark} ${c.detector}${c.weak ? ' (weak)' : ''} → "${c.source.text}" [${cue}]: ${why(c, chosen, evidence.notSpeakers)}`);
  }
  const allowed = evidence.chosen ? LABELS : UNATTRIBUTED_LABELS;
  const p = labelProbabilities(row.features, CLAIM_MODEL, allowed);
  lines.push(`    model: ${CLAIM_MODEL.labels.map((l, k) => `${l} ${p[k]!.toFixed(2)}`).join(', ')}${evidence.chosen ? '' : ' (sourced and vague closed: no attribution)'}`);
  const k = CLAIM_MODEL.labels.indexOf(decided.label!);
  const weighed = [...featureMap(row.features)]
    .map(([name, value]) => ({ name, weight: (CLAIM_MODEL.weights[name]?.[k] ?? 0) * value }))
    .filter((x) => x.weight !== 0)
    .sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight))
    .slice(0, TOP_FEATURES);
  lines.push(`    weighed most for ${decided.label}: ${weighed.map((x) => `${x.name} ${x.weight >= 0 ? '+' : ''}${x.weight.toFixed(2)}`).join(', ')}`);
  return lines;
}

/** Why a candidate won or lost, by the rules `choose` in label.ts applies. */
function why(candidate: Attribution, chosen: Attribution | undefined, notSpeakers: Attribution[]): string {
  if (notSpeakers.includes(candidate)) return 'lost: its source is a fragment, not something that can speak';
  if (candidate === chosen) return candidate.closing ? 'won: a report closing the sentence is its main clause' : 'won: the earliest named frame, belonging to the main clause';
  if (!chosen) return 'lost';
  if (chosen.closing && !candidate.closing) return 'lost: it is inside what the report closing the sentence reports';
  if (candidate.weak && !chosen.weak) return 'lost: agentless and side frames yield to a named one';
  if (candidate.detector === 'link' && chosen.detector !== 'link') return 'lost: a source named in the text beats a link’s host (the link stays as evidence)';
  return 'lost: a frame earlier in the sentence won';
}

function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
