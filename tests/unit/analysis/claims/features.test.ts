import { describe, expect, it } from 'vitest';
import { featureMap } from '../../../../src/analysis/claims/features';
import { claimRows } from '../../../../src/analysis/claims/label';
import { segmentSentences } from '../../../../src/analysis/segment';
import { languagePack } from '../../../../src/analysis/languages';

function featuresOf(text: string): Array<Map<string, number>> {
  const spans = segmentSentences(text, { blocks: [], segmentation: languagePack('en').segmentation });
  return claimRows(text, spans, { mentions: [], links: [], blocks: [] }).rows.map((r) => featureMap(r.features));
}

// Feature names are joined from memoised parts; the decision layer's weights are keyed by the plain joined text.
describe('the decision layer’s feature names', () => {
  it('joins the rule, the article kind and the chosen detector as the weights name them', () => {
    const [reported, own] = featuresOf('The council approved the budget on Tuesday, the clerk said.\nThe vote passed.');
    const names = [...reported!.keys()];
    expect(names).toEqual(expect.arrayContaining(['rule=sourced', 'kind=news', 'kind=news&rule=sourced', 'kind=news&opinion.own', 'chosen=reporting-verb', 'length=medium']));
    expect(names.some((n) => n.startsWith('detector=reporting-verb'))).toBe(true);
    expect(names.filter((n) => n.startsWith('opener='))).toEqual(['opener=the']);
    expect([...own!.keys()]).toEqual(expect.arrayContaining(['rule=unsourced', 'kind=news&rule=unsourced', 'length=short']));
    expect([...own!.keys()].some((n) => n.startsWith('chosen='))).toBe(false);
  });

  it('counts a name once per sentence however often its parts are joined', () => {
    // The third sentence's attribution makes the text a report outright (a third of its claims attributed).
    const [first, second] = featuresOf('Prices rose in March.\nPrices rose again in April.\nThe agency said so.');
    expect(first!.get('kind=news&rule=unsourced')).toBe(1);
    expect(second!.get('kind=news&rule=unsourced')).toBe(1);
  });
});

describe('the article kind the decision layer reads', () => {
  const text = 'The console weighs 8.4 pounds.\nIt is the best console you can buy.';
  const rows = (url: string) => {
    const spans = segmentSentences(text, { blocks: [], segmentation: languagePack('en').segmentation });
    return claimRows(text, spans, { mentions: [], links: [], blocks: [], meta: { url } });
  };

  it('reads a page that calls itself a review as a column, since the labelled texts never teach `kind=review`', () => {
    const review = rows('https://example.com/review/console');
    const column = rows('https://example.com/opinion/console');
    expect(review.articleKind).toBe('review');
    expect(column.articleKind).toBe('opinion');
    expect(review.rows.map((r) => [...featureMap(r.features)])).toEqual(column.rows.map((r) => [...featureMap(r.features)]));
    expect([...featureMap(review.rows[0]!.features).keys()].some((n) => n.includes('review'))).toBe(false);
  });

  it('gives a text with few sources both kinds, in shares that add up to one, and a declared column only its own', () => {
    const [own] = rows('https://example.com/2024/console').rows.map((r) => featureMap(r.features));
    const opinion = own!.get('kind=opinion&rule=unsourced') ?? 0;
    const news = own!.get('kind=news&rule=unsourced') ?? 0;
    expect(opinion).toBeGreaterThan(0);
    expect(news).toBeGreaterThan(0);
    expect(opinion + news).toBeCloseTo(1, 12);
    const [column] = rows('https://example.com/opinion/console').rows.map((r) => featureMap(r.features));
    expect(column!.get('kind=opinion&rule=unsourced')).toBe(1);
    expect(column!.has('kind=news&rule=unsourced')).toBe(false);
  });
});
