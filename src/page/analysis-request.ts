import { MAX_ANALYZE_BLOCKS, MAX_ANALYZE_CHARS, MAX_ANALYZE_LINKS, type AnalyzeRequest } from '../shared/messages';
import type { TextMap } from './text-map';

/**
 * The analyze message for a text map, kept inside the message's caps: past
 * MAX_ANALYZE_BLOCKS lines or MAX_ANALYZE_CHARS characters the text is cut
 * (and `truncated` says so); past MAX_ANALYZE_LINKS links, the rest are not
 * sent as evidence.
 */
export function analysisRequest(map: TextMap): { message: AnalyzeRequest; truncated: boolean } {
  let { text, blocks, links } = map;
  let truncated = false;
  if (blocks.length > MAX_ANALYZE_BLOCKS) {
    blocks = blocks.slice(0, MAX_ANALYZE_BLOCKS);
    const end = blocks[blocks.length - 1]!.end;
    text = text.slice(0, end);
    links = links.filter((link) => link.end <= end);
    truncated = true;
  }
  if (text.length > MAX_ANALYZE_CHARS) {
    text = text.slice(0, MAX_ANALYZE_CHARS);
    blocks = blocks.filter((block) => block.start < MAX_ANALYZE_CHARS).map((block) => ({ ...block, end: Math.min(block.end, MAX_ANALYZE_CHARS) }));
    links = links.filter((link) => link.end <= MAX_ANALYZE_CHARS);
    truncated = true;
  }
  if (links.length > MAX_ANALYZE_LINKS) links = links.slice(0, MAX_ANALYZE_LINKS);
  return { message: { type: 'analyze', text, links, blocks }, truncated };
}
