import { analyze } from '../analysis';
import type { AnalyzeReply } from '../shared/messages';
import type { BlockSpan, LinkSpan, PageMeta } from '../shared/schema';

/**
 * Runs the engine off the page's thread: the service worker holds the model
 * once for every tab, and a long analysis never blocks the page being read.
 */
export function runAnalysis(text: string, links: LinkSpan[], blocks: BlockSpan[], meta?: PageMeta): AnalyzeReply {
  try {
    return { ok: true, analysis: analyze(text, { links, blocks, ...(meta ? { meta } : {}) }) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
}
