import type { Mention } from '../entities/types';

/**
 * A work's title in quotation marks after the noun that says what it is ("die ARD-Soap „Sturm der
 * Liebe“", "der Film „Das Boot“", "unter dem Motto „Hier tanzt der Bär“") is a name of the MISC type;
 * the noun may end a compound ("Kinofilm", "Maxi-Single"). The title starts with a capital or a digit,
 * has no full stop, question or exclamation mark (a quoted sentence is speech) and is no longer than
 * eight words; the tagger's own reading of the title, if any, stands.
 */
export function withQuotedTitles(text: string, mentions: readonly Mention[], workNouns: readonly string[]): Mention[] {
  // "Film" alone or after a hyphen ("ARD-Soap"), "film" ending a compound ("Kinofilm").
  const nouns = workNouns.flatMap((noun) => [noun, noun.toLowerCase()]).join('|');
  const pattern = new RegExp(`\\p{L}*(?:${nouns})\\s*[„"»«]\\s*([\\p{Lu}\\p{N}][^„“"»«.!?\\n]{0,80}?)\\s*[“"«»]`, 'gu');
  const out = [...mentions];
  for (const match of text.matchAll(pattern)) {
    const title = match[1]!;
    if (title.split(/\s+/u).length > 8 || /[\p{L}\p{N}]/u.test(text[match.index - 1] ?? ' ')) continue;
    const start = match.index + match[0].lastIndexOf(title);
    const end = start + title.length;
    if (out.some((m) => m.start < end && start < m.end)) continue;
    out.push({ start, end, text: title, type: 'MISC' });
  }
  return out.sort((a, b) => a.start - b.start);
}
