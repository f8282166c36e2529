import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { analyze } from '../../src/analysis';
import { findArticle } from '../../src/page/article';
import { buildMarks, type Mark } from '../../src/page/marks';
import { buildTextMap } from '../../src/page/text-map';
import type { Analysis, BlockSpan } from '../../src/shared/schema';
import { DEFAULT_SETTINGS, type Settings } from '../../src/shared/settings';
import { readSavedPages } from './page-expectations';

/** The most of an article's prose the default mode may put under a claim mark. */
export const DENSITY_TARGET = 0.4;

/** Blocks that hold the article's prose; headings and captions are not counted. */
const PROSE_BLOCKS = new Set<BlockSpan['kind']>(['paragraph', 'list-item', 'quote']);

export interface DensityRow {
  page: string;
  /** Non-space characters of prose the page has. */
  prose: number;
  /** Share of them under a painted claim mark, per mode. */
  attention: number;
  everything: number;
}

/** Share of the prose's non-space characters that a painted claim mark (of any label) covers. */
export function claimDensity(analysis: Analysis, blocks: readonly BlockSpan[], marks: readonly Mark[]): { prose: number; share: number } {
  const covered = new Uint8Array(analysis.text.length);
  for (const mark of marks) if ('sentence' in mark && !mark.quiet) covered.fill(1, mark.start, mark.end);
  let prose = 0;
  let under = 0;
  for (const block of blocks) {
    if (!PROSE_BLOCKS.has(block.kind)) continue;
    for (let i = block.start; i < block.end; i++) {
      if (/\s/.test(analysis.text[i]!)) continue;
      prose++;
      under += covered[i]!;
    }
  }
  return { prose, share: prose ? under / prose : 0 };
}

/**
 * Claim-mark density on every English article among the saved pages of `dir` (its targets are English ones),
 * with the extension's own article detection and text map (on linkedom), in
 * both mark modes.
 */
export function measureDensity(dir: string, settings: Settings = DEFAULT_SETTINGS): DensityRow[] {
  const rows: DensityRow[] = [];
  for (const { name, expect } of readSavedPages(dir)) {
    if (expect !== 'article') continue;
    const { document } = parseHTML(readFileSync(join(dir, name, 'source.html'), 'utf8'));
    const article = findArticle(document as unknown as Document);
    if (article.state !== 'article' || article.lang !== 'en') continue;
    const map = buildTextMap(article.blocks);
    const analysis = analyze(map.text, { links: map.links, blocks: map.blocks });
    const share = (markMode: Settings['markMode']) => claimDensity(analysis, map.blocks, buildMarks(analysis, { ...settings, markMode }));
    const calm = share('attention');
    rows.push({ page: name, prose: calm.prose, attention: calm.share, everything: share('everything').share });
  }
  return rows;
}
