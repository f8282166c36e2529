import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis';
import { AnalysisSchema } from '../../../src/shared/schema';

const seed = readFileSync(new URL('../../fixtures/seed/article.txt', import.meta.url), 'utf8');

describe('analyze', () => {
  it('returns a schema-valid analysis whose spans index into the text', () => {
    const analysis = AnalysisSchema.parse(analyze(seed));
    for (const s of analysis.sentences) expect(seed.slice(s.start, s.end)).toBe(s.text);
    for (const e of analysis.entities) for (const m of e.mentions) expect(seed.slice(m.start, m.end)).toBe(m.text);
  });

  it('finds the quoted expert as the source of his quotation', () => {
    const analysis = analyze(seed);
    const quote = analysis.sentences.find((s) => s.text.startsWith('“Xiaomi is an alternative to Huawei'));
    expect(quote?.label).toBe('sourced');
    expect(quote?.source?.text).toBe('Li Yanming');
  });

  it('gives an empty analysis for empty text', () => {
    expect(analyze('')).toMatchObject({ sentences: [], entities: [] });
  });
});
