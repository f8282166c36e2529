/**
 * The page layer's fallback path, run as a page script: find the article, map
 * its text, analyse it and paint it with RectPainter, exactly as the content
 * script does where the Custom Highlight API is missing.
 */
import { analyze } from '../../../src/analysis';
import { DEFAULT_SETTINGS } from '../../../src/shared/settings';
import { findArticle } from '../../../src/page/article';
import { buildMarks } from '../../../src/page/marks';
import { Overlay } from '../../../src/page/overlay';
import { RectPainter } from '../../../src/page/rect-painter';
import { buildTextMap, rangeFromOffsets } from '../../../src/page/text-map';

const controller = new AbortController();
const overlay = new Overlay(document, controller.signal);
const painter = new RectPainter(document, overlay.markLayer, controller.signal);

Object.assign(window, {
  sourcelightFallback: {
    paint(): number {
      const article = findArticle(document);
      if (article.state !== 'article') throw new Error(article.state);
      const map = buildTextMap(article.blocks);
      const analysis = analyze(map.text, { links: map.links, blocks: map.blocks });
      const marks = buildMarks(analysis, DEFAULT_SETTINGS);
      painter.apply(marks, (start, end) => rangeFromOffsets(map, start, end, document));
      return marks.length;
    },
    remove(): void {
      painter.remove();
    },
  },
});
