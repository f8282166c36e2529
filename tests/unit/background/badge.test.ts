import { describe, expect, it } from 'vitest';
import { BADGE_COLOR, badgeFor } from '../../../src/background/badge';
import type { PageState } from '../../../src/shared/page-state';

const page = (counts: { sourced: number; vague: number; unsourced: number; opinion: number }): PageState => ({
  state: 'annotated',
  url: 'https://news.example/a',
  summary: { counts: { ...counts, entities: 3 }, sources: [], entities: [], claimsToCheck: [] },
});

describe('the badge', () => {
  it('counts the claims that name no source, not a share or a grade', () => {
    expect(badgeFor(page({ sourced: 12, vague: 2, unsourced: 5, opinion: 3 }))).toEqual({
      text: '7',
      color: BADGE_COLOR,
      title: 'Sourcelight: 7 of 22 claims name no source (2 vaguely sourced, 5 unsourced)',
    });
    expect(badgeFor(page({ sourced: 9, vague: 0, unsourced: 0, opinion: 1 })).text).toBe('0');
  });

  it('keeps one neutral colour whatever the article holds or the state', () => {
    const colours = new Set(
      [
        badgeFor(page({ sourced: 1, vague: 0, unsourced: 0, opinion: 0 })),
        badgeFor(page({ sourced: 0, vague: 5, unsourced: 30, opinion: 9 })),
        badgeFor({ state: 'annotating', url: 'x' }),
        badgeFor({ state: 'error', url: 'x' }),
        badgeFor(undefined),
      ].map((b) => b.color),
    );
    expect([...colours]).toEqual([BADGE_COLOR]);
  });
});
