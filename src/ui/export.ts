import { summarize } from '../analysis/summary';
import type { Analysis, EntityType, Label, PageMeta } from '../shared/schema';
import { inEnglish, type MessageKey } from './i18n';

/** The export is written in English whatever the interface's language, like the JSON beside it. */
const LABEL_NAME_KEYS: Record<Label, MessageKey> = {
  sourced: 'labelSourcedName',
  vague: 'labelVagueName',
  unsourced: 'labelUnsourcedName',
  opinion: 'labelOpinionName',
};
const labelName = (label: Label) => inEnglish(LABEL_NAME_KEYS[label]);
const entityName = (type: EntityType) => inEnglish(`entity${type}`);

/** The analysis as Markdown, for a note or a post: counts, sources, names, claims to check. */
export function analysisToMarkdown(analysis: Analysis, page: { title?: string; url: string; meta?: PageMeta }): string {
  const summary = summarize(analysis);
  const c = summary.counts;
  const total = c.sourced + c.vague + c.unsourced + c.opinion;
  const pct = (n: number) => (total ? Math.round((100 * n) / total) : 0);
  const lines = [
    `# Sourcelight: ${escapeMarkdown(page.title ?? page.url)}`,
    '',
    `<${page.url}>`,
    '',
    ...articleLines(page.meta),
    `${total} claims: ${(['sourced', 'vague', 'unsourced', 'opinion'] as const)
      .map((l) => `${c[l]} ${labelName(l).toLowerCase()} (${pct(c[l])} %)`)
      .join(', ')}.`,
    '',
    '## Sources cited',
    '',
    ...(summary.sources.length
      ? summary.sources.map(
          (s) =>
            `- **${escapeMarkdown(s.name)}**${s.role ? `, ${escapeMarkdown(s.role)}` : ''}: ${s.claims} ${s.claims === 1 ? 'claim' : 'claims'}${s.label === 'vague' ? ' (vague)' : ''}`,
        )
      : ['None.']),
    '',
    '## People and organizations',
    '',
    ...(summary.entities.length
      ? summary.entities.map(
          (e) => `- **${escapeMarkdown(e.name)}** (${entityName(e.type).toLowerCase()})${e.context ? `: ${escapeMarkdown(e.context)}` : ''}`,
        )
      : ['None.']),
    '',
    '## Claims to check',
    '',
    ...(summary.claimsToCheck.length ? summary.claimsToCheck.map((s) => `- ${escapeMarkdown(s.text)}`) : ['None.']),
    '',
  ];
  return lines.join('\n');
}

/** Byline, date, site and section as the page gives them, one labelled line each (a byline may already read "By …" or "Originally published by …"). */
function articleLines(meta: PageMeta | undefined): string[] {
  if (!meta) return [];
  const lines = [
    meta.byline && `Byline: ${escapeMarkdown(meta.byline)}`,
    meta.published && `Published: ${escapeMarkdown(meta.published)}`,
    meta.siteName && `Site: ${escapeMarkdown(meta.siteName)}`,
    meta.section && `Section: ${escapeMarkdown(meta.section)}`,
  ].filter((line): line is string => !!line);
  return lines.length ? [...lines.map((line) => `${line}  `), ''] : [];
}

function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>#|])/g, '\\$1').replace(/\s+/g, ' ');
}
