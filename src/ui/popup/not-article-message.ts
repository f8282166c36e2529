import type { NotArticleReason, PageState } from '../../shared/page-state';
import { englishOr, t, type MessageKey } from '../i18n';

/** Each cause's words in the catalogue: a whole sentence for a refusal before the verdict, a clause for the verdict's causes. */
const SENTENCES: Partial<Record<NotArticleReason, MessageKey>> = {
  'no-text': 'notArticle_no_text',
  'short-prose': 'notArticle_short_prose',
  'no-main-text': 'notArticle_no_main_text',
  failed: 'notArticle_failed',
};
const CLAUSES: Partial<Record<NotArticleReason, MessageKey>> = {
  'front-page': 'notArticle_front_page',
  listing: 'notArticle_listing',
  teasers: 'notArticle_teasers',
  'declared-other': 'notArticle_declared_other',
  'mostly-links': 'notArticle_mostly_links',
  'little-prose': 'notArticle_little_prose',
  'no-signal': 'notArticle_no_signal',
};

/**
 * Why the page was not taken for an article, in the interface's language: from
 * the page's reason codes where it sent them, else its own English sentence (or,
 * in another language, the catalogue's general one).
 */
export function notArticleMessage(page: PageState): string {
  const reasons = page.reasons ?? [];
  const sentence = reasons.map((r) => SENTENCES[r]).find((key) => key !== undefined);
  if (sentence) return t(sentence);
  const clauses = reasons.flatMap((r) => (CLAUSES[r] ? [t(CLAUSES[r])] : []));
  if (clauses.length > 0) return t('notArticleBecause', clauses.join('; '));
  return englishOr(page.message, 'stateNotArticle');
}

/** Refusals that analysing anyway cannot undo: the page has no text, or none was found even where the reader insists. */
const BEYOND_ANYWAY: ReadonlySet<NotArticleReason> = new Set(['no-text', 'no-main-text', 'failed']);

/** Whether "Analyse this page anyway" can give the reader something: every refusal but those with nothing to analyse. */
export function canAnalyseAnyway(page: PageState): boolean {
  return !(page.reasons ?? []).some((r) => BEYOND_ANYWAY.has(r));
}
