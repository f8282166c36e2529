import { expect } from 'vitest';
import { AnalysisSchema, type Analysis } from '../../../src/shared/schema';

/** Everything the schema cannot say: offsets in range and consistent, sentences in order and apart. */
export function expectWellFormed(text: string, analysis: Analysis): void {
  expect(AnalysisSchema.safeParse(analysis).success).toBe(true);
  expect(analysis.text).toBe(text);
  let previousEnd = 0;
  for (const s of analysis.sentences) {
    expect(s.start).toBeGreaterThanOrEqual(previousEnd);
    expect(s.end).toBeGreaterThan(s.start);
    expect(s.end).toBeLessThanOrEqual(text.length);
    expect(s.text).toBe(text.slice(s.start, s.end));
    for (const span of [...s.cues, ...(s.source ? [s.source] : [])]) {
      expect(span.start).toBeGreaterThanOrEqual(0);
      expect(span.end).toBeGreaterThanOrEqual(span.start);
      expect(span.end).toBeLessThanOrEqual(text.length);
    }
    if (s.source?.entityId) expect(analysis.entities.some((e) => e.id === s.source!.entityId)).toBe(true);
    previousEnd = s.end;
  }
  const ids = new Set<string>();
  for (const e of analysis.entities) {
    expect(ids.has(e.id)).toBe(false);
    ids.add(e.id);
    expect(e.mentions.length).toBeGreaterThan(0);
    for (const m of e.mentions) {
      expect(m.end).toBeGreaterThan(m.start);
      expect(m.end).toBeLessThanOrEqual(text.length);
      expect(m.text).toBe(text.slice(m.start, m.end));
    }
  }
}
