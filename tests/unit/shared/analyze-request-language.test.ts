import { describe, expect, it } from 'vitest';
import { SUPPORTED_LANGUAGES } from '../../../src/analysis/languages/supported';
import { AnalyzeRequestSchema, LanguageCodeSchema } from '../../../src/shared/messages';

const request = { type: 'analyze', text: 'Der Rat tagte.', links: [], blocks: [] };

describe("the analyze request's language", () => {
  it('accepts exactly the languages with a pack, and no language at all', () => {
    expect(LanguageCodeSchema.options).toEqual([...SUPPORTED_LANGUAGES]);
    for (const language of SUPPORTED_LANGUAGES) expect(AnalyzeRequestSchema.safeParse({ ...request, language }).success).toBe(true);
    expect(AnalyzeRequestSchema.safeParse(request).success).toBe(true);
  });

  it('refuses a language without a pack, or anything that is not a code', () => {
    for (const language of ['fr', 'und', 'DE', '', 42]) expect(AnalyzeRequestSchema.safeParse({ ...request, language }).success).toBe(false);
  });
});
