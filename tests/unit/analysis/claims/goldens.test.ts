import { describe, expect, it } from 'vitest';
import { committedGoldens, currentGoldens, goldenDiff } from '../../../../scripts/eval/goldens';

// Per-sentence goldens instead of aggregate floors: a change that fixes one sentence and breaks another shows
// both. When a change is intended, `npm run eval -- --update` rewrites them and the commit explains the diff.
describe('per-sentence goldens (label, source, cues) on the repo’s texts', () => {
  const committed = committedGoldens();
  const current = currentGoldens();

  it('covers the seed, the labelled fixtures and the saved pages', () => {
    expect(current.map((g) => g.file)).toContain('seed.txt');
    expect(current.length).toBeGreaterThan(20);
    expect([...committed.keys()].sort()).toEqual(current.map((g) => g.file).sort());
  });

  it('gives every sentence the label, source and cues committed', () => {
    const changes = current.flatMap((g) => goldenDiff(g.file, committed.get(g.file), g.content));
    expect(changes.join('\n')).toBe('');
  });
});
