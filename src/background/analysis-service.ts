import { analyze, summarize } from '../analysis';
import type { AnalyzeReply } from '../shared/messages';
import type { BlockSpan, LinkSpan, PageMeta } from '../shared/schema';

/**
 * Runs the engine off the page's thread: the service worker holds the model
 * once for every tab, and a long analysis never blocks the page being read.
 * The popup's summary (and so the badge) is made here too, from the analysis
 * just made, so the page does not walk it again. The language's pack must be
 * loaded (`loadLanguagePack`).
 */
export function runAnalysis(text: string, links: LinkSpan[], blocks: BlockSpan[], meta?: PageMeta, language = 'en'): AnalyzeReply {
  try {
    const analysis = analyze(text, { links, blocks, language, ...(meta ? { meta } : {}) });
    return { ok: true, analysis, summary: summarize(analysis) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
}
