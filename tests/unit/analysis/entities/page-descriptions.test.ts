import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../src/analysis';
import { descriptionHead, typesOfHead } from '../../../../src/analysis/entities/context';
import { readHtmlArticle } from '../../../../scripts/lib/read-article';

const PAGES = 'tests/fixtures/pages';

/** What is wrong with an entity's description by the rules of issue 16, or undefined. */
function fault(text: string, sentences: { start: number; end: number }[], entity: ReturnType<typeof analyze>['entities'][number]): string | undefined {
  const { context, contextSpan } = entity;
  if (!context || !contextSpan) return undefined;
  if (/[\n\r]/u.test(context)) return 'crosses a line break';
  if (!sentences.some((s) => s.start <= contextSpan.start && contextSpan.end <= s.end)) return 'crosses a sentence';
  if (/^['’‘"“”]|['’‘"“”](?!s\b)/u.test(context.replace(/\p{L}['’]\p{L}/gu, ''))) return 'crosses a quotation mark';
  // "COLOUR CLUB, MELBOURNE": a heading's or a label's capitals.
  if (!/\p{Ll}/u.test(context) && /\p{Lu}{4}/u.test(context)) return 'set in capitals';
  // "MIT’s Science" of "MIT’s Science, Technology and Society program": cut inside a coordinated name.
  if (/\p{Lu}\p{L}*$/u.test(context) && /^,\s+\p{Lu}\p{L}*(?:,\s+\p{Lu}\p{L}*)*,?\s+(?:and|&)\s+\p{Lu}/u.test(text.slice(contextSpan.end, contextSpan.end + 120))) {
    return 'stops inside a coordinated name';
  }
  // A relative clause, or an affiliation after a degree ("Michael Shadlen, Ph.D., of Columbia University"), describes a person.
  if (entity.type === 'PER' && /^(?:who|of)\s/u.test(context)) return undefined;
  const head = descriptionHead(context);
  if (!head || !typesOfHead(head).has(entity.type)) return `head "${head}" does not describe a ${entity.type}`;
  return undefined;
}

describe('descriptions on every saved page', () => {
  const pages = readdirSync(PAGES).filter((name) => existsSync(join(PAGES, name, 'source.html')));

  it('walks the saved pages', () => {
    expect(pages.length).toBeGreaterThan(20);
  });

  it.each(pages)('%s: every entity note shows a well-formed description or none', (name) => {
    const article = readHtmlArticle(readFileSync(join(PAGES, name, 'source.html'), 'utf8'));
    if (!article.ok) return;
    const analysis = analyze(article.text, { links: article.links, blocks: article.blocks });
    const faults = analysis.entities.flatMap((e) => {
      const why = fault(article.text, analysis.sentences, e);
      return why ? [`${e.name} — ${e.context}: ${why}`] : [];
    });
    expect(faults).toEqual([]);
    // A whole page through the engine, on a machine that may be busy: a limit for a hung run, not a speed check.
  }, 60_000);
});
