import { describe, expect, it, vi } from 'vitest';
import { analyze } from '../../../../src/analysis';
import { CLAIM_MODEL } from '../../../../src/analysis/claims/data/claim-model';
import { labelProbabilities, UNATTRIBUTED_LABELS } from '../../../../src/analysis/claims/decide';
import { reportingVerbDetector } from '../../../../src/analysis/claims/detectors/reporting-verb';
import { AnalysisSchema, type Sentence } from '../../../../src/shared/schema';

function sentence(text: string, opening: string): Sentence {
  const found = analyze(text).sentences.find((s) => s.text.startsWith(opening));
  if (!found) throw new Error(`no sentence starts with ${opening}`);
  return found;
}

const report = 'The council approved the budget on Tuesday. The vote was 7 to 2, the clerk said.';

describe('the kind of article', () => {
  it('takes the page’s own word: JSON-LD type, section, address', () => {
    expect(analyze(report, { meta: { schemaTypes: ['OpinionNewsArticle'] } }).articleKind).toBe('opinion');
    expect(analyze(report, { meta: { schemaTypes: ['ReviewNewsArticle'] } }).articleKind).toBe('review');
    expect(analyze(report, { meta: { url: 'https://www.theguardian.com/commentisfree/2024/jan/01/x' } }).articleKind).toBe('opinion');
    expect(analyze(report, { meta: { url: 'https://example.com/books/review/being-and-neonness' } }).articleKind).toBe('review');
    expect(analyze(report, { meta: { section: 'Opinion' } }).articleKind).toBe('opinion');
    expect(analyze(report, { meta: { url: 'https://example.com/news/2024/council?ref=opinion' } }).articleKind).toBe('news');
    // A blog is a way of publishing, not a genre: a company's or a tutorial's post reads as its text does.
    expect(analyze(report, { meta: { url: 'https://example.com/tech-blog/managing-python-environments/' } }).articleKind).toBe('news');
    expect(analyze(report, { meta: { section: 'Blog' } }).articleKind).toBe('news');
  });

  it('reads an essay from the text when the page says nothing, and stays in the schema', () => {
    const essay = Array(12).fill('I tried the headset for an hour and I think it is the best one I have used. My eyes never tired.').join('\n');
    const analysis = analyze(essay);
    expect(analysis.articleKind).toBe('opinion');
    expect(AnalysisSchema.parse(analysis).articleKind).toBe('opinion');
    expect(analyze(report).articleKind).toBe('news');
  });
});

describe('sources are noun phrases that can say something', () => {
  it('keeps titles with the name and names the organization behind a spokesperson', () => {
    expect(sentence('The numbers are wrong, said Dr. Jane Smith.', 'The numbers').source?.text).toBe('Dr. Jane Smith');
    expect(sentence('A spokesperson for Acme Corp. said the recall was voluntary.', 'A spokesperson').source?.text).toBe('Acme Corp.');
  });

  it('never shows a fragment of the sentence or the author as a source', () => {
    for (const [text, opening] of [
      ['Just plug that into the new console and it will feel like your old machine.', 'Just plug'],
      ['I agree and could see myself watching a movie in it.', 'I agree'],
      ['The One X felt just as solid at 1080p.', 'The One X'],
      ['Basically, don’t expect your entire library to get enhanced.', 'Basically'],
    ] as const) {
      const s = sentence(text, opening);
      expect(s.label === 'sourced' || s.label === 'vague', `${text} → ${s.label} (${s.source?.text})`).toBe(false);
    }
  });

  it('attributes speech acts beyond "said"', () => {
    expect(sentence('The minister admitted that the plan had failed.', 'The minister')).toMatchObject({ label: 'sourced', source: { text: 'The minister' } });
    expect(sentence('In an interview, Mayor Ann Lee conceded the city was broke.', 'In an interview')).toMatchObject({ label: 'sourced' });
    expect(sentence('The report was written by Dr. Jane Smith, who said the numbers were wrong.', 'The report')).toMatchObject({ label: 'sourced', source: { text: 'Dr. Jane Smith' } });
  });
});

describe('the decision layer', () => {
  it('closes sourced and vague to a sentence without an attribution', () => {
    const p = labelProbabilities((add) => { add('bias', 1); add('rule=sourced', 1); }, CLAIM_MODEL, UNATTRIBUTED_LABELS);
    expect(p[CLAIM_MODEL.labels.indexOf('sourced')]).toBe(0);
    expect(p[CLAIM_MODEL.labels.indexOf('vague')]).toBe(0);
    expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1);
  });
});

describe('descriptions resolve to the nearest compatible name', () => {
  it('gives "the agency" the organization named before it', () => {
    const text = 'The Food and Drug Administration approved the drug on Monday. The agency said the trial was large enough.';
    // The recogniser may or may not keep the capital "The" with a name it knows.
    expect(sentence(text, 'The agency')).toMatchObject({ label: 'sourced', source: { text: expect.stringMatching(/^(?:The )?Food and Drug Administration$/u) } });
  });
});

describe('detectors', () => {
  it('a detector that throws drops its own evidence, not the page', () => {
    const failing = vi.spyOn(reportingVerbDetector, 'detect').mockImplementation(() => {
      throw new Error('a bug in one detector');
    });
    try {
      const text = 'The mayor said the plan would fail. According to the Census Bureau, the city grew by 4 percent.';
      const analysis = AnalysisSchema.parse(analyze(text));
      expect(analysis.sentences).toHaveLength(2);
      expect(sentence(text, 'The mayor').label).not.toBe('sourced');
      expect(sentence(text, 'According')).toMatchObject({ label: 'sourced', source: { text: 'Census Bureau' } });
    } finally {
      failing.mockRestore();
    }
  });

  it('gives the items of a list introduced by "X said:" to X', () => {
    const text = 'The mayor said the plan has three goals:\n1. Cut traffic by a fifth before 2030.\n2. Build 40 miles of bike lanes.\nThe city has 800,000 residents.';
    expect(sentence(text, '1. Cut')).toMatchObject({ label: 'sourced', source: { text: 'The mayor' } });
    expect(sentence(text, '2. Build')).toMatchObject({ label: 'sourced', source: { text: 'The mayor' } });
    expect(sentence(text, 'The city').label).not.toBe('sourced');
  });
});
