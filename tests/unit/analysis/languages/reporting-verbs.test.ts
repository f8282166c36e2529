import { describe, expect, it } from 'vitest';
import { GERMAN_REPORTING_FORMS, GERMAN_SEPARABLE_FORMS } from '../../../../src/analysis/languages/de/reporting-verbs';

const lemmaOf = (form: string) => GERMAN_REPORTING_FORMS.get(form)?.lemma;

describe('German reporting verb forms', () => {
  it('puts the linking -e- after t, d and a consonant before m or n, but not after a lengthening h', () => {
    expect(['erwähnt', 'erwähnte', 'mahnte', 'ermahnt', 'angemahnt'].map(lemmaOf)).toEqual(['erwähnen', 'erwähnen', 'mahnen', 'ermahnen', 'anmahnen']);
    expect(['bezeichnet', 'rechnete', 'leugnet', 'berichtete'].map(lemmaOf)).toEqual(['bezeichnen', 'rechnen', 'leugnen', 'berichten']);
    expect(['erwähnete', 'mahnete'].map(lemmaOf)).toEqual([undefined, undefined]);
  });

  it('inflects "vorschlagen" as a strong verb, split or joined', () => {
    expect(['vorgeschlagen', 'vorschlug', 'vorzuschlagen'].map(lemmaOf)).toEqual(['vorschlagen', 'vorschlagen', 'vorschlagen']);
    expect(GERMAN_SEPARABLE_FORMS.get('schlug')?.map((verb) => verb.particle)).toEqual(['vor']);
    expect(lemmaOf('vorgeschlagt')).toBeUndefined();
  });

  it('leaves out "bitte", the particle of a request, and "geraten" ("in Brand geraten"), and keeps the other forms', () => {
    expect(lemmaOf('bitte')).toBeUndefined();
    expect(lemmaOf('geraten')).toBeUndefined();
    expect(lemmaOf('riet')).toBe('raten');
    expect(['bittet', 'bat', 'gebeten'].map(lemmaOf)).toEqual(['bitten', 'bitten', 'bitten']);
  });
});
