import type { Span } from '../../shared/schema';
import type { Mention } from '../entities/types';
import { tokenize } from '../tokenize';

/** What tells a sports club's name: the words clubs put before their town ("VfL", "Borussia"), and the listed places. */
export interface ClubNameLists {
  prefixes: ReadonlySet<string>;
  places: ReadonlySet<string>;
}

/**
 * A sports club's name: its prefix before a town ("VfL Bochum", "Borussia Dortmund", "1. FC Köln") is one
 * organisation, where the tagger often reads the town alone as a place. The town is a listed place or a name
 * the tagger found (through its end: "SV Wehen Wiesbaden"); a prefix before a common noun ("Union Stimmen") is none.
 */
export function withClubNames(text: string, sentences: readonly Span[], mentions: readonly Mention[], lists: ClubNameLists): Mention[] {
  const out = [...mentions];
  for (const sentence of sentences) {
    const words = tokenize(text, sentence.start, sentence.end);
    for (let i = 0; i + 1 < words.length; i++) {
      const prefix = words[i]!;
      const town = words[i + 1]!;
      if (!lists.prefixes.has(prefix.text) || /[\p{L}\p{N}-]/u.test(text[prefix.start - 1] ?? ' ')) continue;
      const tagged = out.find((m) => m.start === town.start);
      if (!tagged && !lists.places.has(town.text)) continue;
      // "1. FC Köln": the club's founding number before the prefix belongs to the name.
      const numbered = /(?:^|\s)(\d\.\s+)$/u.exec(text.slice(sentence.start, prefix.start));
      const start = prefix.start - (numbered?.[1]!.length ?? 0);
      const end = tagged?.end ?? town.end;
      if (out.some((m) => m.start < start && start < m.end) || /[\p{L}\p{N}-]/u.test(text[end] ?? ' ')) continue;
      for (const m of out.filter((m) => m.start < end && start < m.end)) out.splice(out.indexOf(m), 1);
      out.push({ start, end, text: text.slice(start, end), type: 'ORG' });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
