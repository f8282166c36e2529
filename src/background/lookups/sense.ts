import type { EntityType } from '../../shared/schema';
import type { WikiPage } from './wikipedia';

/**
 * Picking the right Wikipedia page for an entity without sending anything but
 * its name: which titles to try, and whether a page is about the right kind of
 * thing (Apple the company, not the fruit), judged by the entity's type and the
 * article's own description of it, both of which stay on the device.
 */

export const MAX_TITLES_PER_ENTITY = 3;

const TYPE_WORDS: Record<Exclude<EntityType, 'MISC'>, RegExp> = {
  PER: /\b(born|died|politician|statesman|businessman|businesswoman|businessperson|entrepreneur|billionaire|investor|executive|founder|chairman|chairwoman|ceo|engineer|scientist|physicist|economist|scholar|academic|professor|researcher|analyst|expert|journalist|writer|author|novelist|poet|actor|actress|singer|musician|rapper|composer|artist|painter|director|producer|athlete|footballer|player|coach|lawyer|judge|diplomat|official|general|admiral|officer|soldier|activist|monarch|king|queen|prince|princess|emperor|president|minister|senator|governor|mayor|leader|dissident)\b/i,
  ORG: /\b(company|companies|corporation|conglomerate|manufacturer|maker|firm|brand|business|enterprise|start-?up|multinational|subsidiary|party|organi[sz]ation|agency|ministry|department|government|council|committee|commission|union|alliance|bank|fund|university|college|institute|newspaper|broadcaster|news agency|network|publisher|magazine|media|group|association|foundation|federation|court|parliament|legislature|army|military|armed forces|club|team|operator|retailer|airline|carrier|laboratory|charity|nonprofit|non-profit)\b/i,
  LOC: /\b(country|nation|state|city|capital|province|region|territory|island|islands|archipelago|peninsula|river|mountain|lake|sea|ocean|county|town|village|municipality|district|continent|prefecture|metropolis|metropolitan|borough|valley|desert|border)\b/i,
};

const STOP = new Set(['the', 'and', 'for', 'with', 'that', 'this', 'from', 'which', 'who', 'its', 'his', 'her', 'their', 'was', 'has', 'have', 'been', 'also', 'into', 'than']);

function words(text: string): Set<string> {
  return new Set((text.toLowerCase().match(/[\p{L}\p{N}]{3,}/gu) ?? []).filter((w) => !STOP.has(w)));
}

/** Titles to try, in order: the name itself, then forms chosen by type and the article's description. */
export function candidateTitles(name: string, type: EntityType, context?: string): string[] {
  const ctx = (context ?? '').toLowerCase();
  const titles = [name];
  if (type === 'ORG') {
    if (/\s/.test(name) && name.split(/\s+/).length <= 3) titles.push(name.replace(/\s+/g, '')); // "Galaxy Space" → "GalaxySpace"
    if (/\bpart(y|ies)\b/.test(ctx)) titles.push(`${name} (political party)`);
    else if (/\b(newspaper|broadcaster|magazine|outlet|news)\b/.test(ctx)) titles.push(`${name} (newspaper)`);
    titles.push(`${name} (company)`);
  } else if (type === 'PER') {
    if (/\b(politic\w*|minister|official|senator|lawmaker|governor|mayor|president|party|diplomat)\b/.test(ctx)) titles.push(`${name} (politician)`);
    if (/\b(founder|chief|ceo|executive|business\w*|entrepreneur|chairman|chairwoman|investor|billionaire|tycoon)\b/.test(ctx)) titles.push(`${name} (businessman)`);
    if (/\b(expert|scholar|professor|academic|analyst|researcher|economist|scientist)\b/.test(ctx)) titles.push(`${name} (academic)`);
  } else if (type === 'LOC') {
    titles.push(`${name} (city)`);
  }
  return [...new Set(titles)].slice(0, MAX_TITLES_PER_ENTITY);
}

/**
 * Whether a page fits the entity: a page whose short description and opening
 * say it is the right kind of thing, or that shares words with the article's
 * description of the entity. A miscellaneous entity (an event, a product) takes
 * any real page whose title matches its name.
 */
export function pageFits(page: WikiPage, name: string, type: EntityType, context?: string): boolean {
  const opening = `${page.description ?? ''}. ${page.extract.slice(0, 300)}`;
  if (type === 'MISC') return true;
  if (TYPE_WORDS[type].test(opening)) return true;
  if (!context) return false;
  const mine = words(context);
  mine.delete(name.toLowerCase());
  for (const w of words(page.extract)) if (mine.has(w)) return true;
  return false;
}
