import { describe, expect, it } from 'vitest';
import { withDefinedNames } from '../../../../src/analysis/entities/defined-names';
import type { Mention } from '../../../../src/analysis/entities/types';

function mention(text: string, name: string, type: Mention['type'], from = 0): Mention {
  const start = text.indexOf(name, from);
  return { start, end: start + name.length, text: name, type };
}

const named = (text: string, mentions: Mention[]) => withDefinedNames(text, mentions).map((m) => `${m.type} ${m.text}`);

describe('withDefinedNames', () => {
  it('reads the name whose initials spell the acronym in brackets after it as one mention', () => {
    const text = 'Delegates of the Chinese Communist Party (CCP) met. The CCP agreed.';
    expect(named(text, [mention(text, 'CCP', 'ORG'), mention(text, 'CCP', 'ORG', 45)])).toEqual(['ORG Chinese Communist Party', 'ORG CCP', 'ORG CCP']);
  });

  it('does not reach across a line break or further than the 160 characters before the bracket', () => {
    const broken = 'Chinese Communist Party\n(CCP) met. The CCP agreed.';
    expect(named(broken, [mention(broken, 'CCP', 'ORG'), mention(broken, 'CCP', 'ORG', 30)])).toEqual(['ORG CCP', 'ORG CCP']);
    const far = `Chinese Communist Party ${'x'.repeat(150)} (CCP) met. The CCP agreed.`;
    expect(named(far, [mention(far, 'CCP', 'ORG'), mention(far, 'CCP', 'ORG', 190)])).toEqual(['ORG CCP', 'ORG CCP']);
  });

  it('reads a name after a line break on the bracket’s own line', () => {
    const text = 'Party news\nThe Chinese Communist Party (CCP) met. The CCP agreed.';
    expect(named(text, [mention(text, 'CCP', 'ORG'), mention(text, 'CCP', 'ORG', 45)])).toEqual(['ORG Chinese Communist Party', 'ORG CCP', 'ORG CCP']);
  });
});
