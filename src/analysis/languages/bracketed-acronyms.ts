import type { Mention } from '../entities/types';

/** "(DTB)", "( BAKOM )": an acronym of two to eight capitals or digits, a capital first, alone in parentheses. */
const BRACKETED_ACRONYM = /^\s*\(\s*(\p{Lu}[\p{Lu}\p{N}]{1,7})\s*\)/u;

/**
 * An acronym in parentheses right after a name is that name's acronym and takes its type ("Deutscher
 * Turner-Bund (DTB)", "Bundesamt für Kommunikation (BAKOM)"), whether the tagger left it alone or read it as
 * another type; the article's other mentions of it then follow it (`withListedNames`). Only when its letters
 * are the name's, in order, from the first ("Petra Müller (CDU)" is a party, not her acronym), and not after
 * a person's name: people have no acronyms, so the tagger misread that name ("Creative Commons (CC)").
 */
export function withBracketedAcronyms(text: string, mentions: readonly Mention[]): Mention[] {
  const acronyms: Mention[] = [];
  for (const name of mentions) {
    if (name.type === 'PER') continue;
    const match = BRACKETED_ACRONYM.exec(text.slice(name.end, name.end + 20));
    if (!match || !spellsOut(match[1]!, name.text)) continue;
    const start = name.end + match[0].indexOf(match[1]!);
    acronyms.push({ start, end: start + match[1]!.length, text: match[1]!, type: name.type });
  }
  const replaced = (m: Mention) => acronyms.some((a) => a.start < m.end && m.start < a.end);
  return [...mentions.filter((m) => !replaced(m)), ...acronyms].sort((a, b) => a.start - b.start);
}

/** The acronym's letters are the name's, in order, the first its first ("DTB" in "Deutscher Turner-Bund"). */
function spellsOut(acronym: string, name: string): boolean {
  const letters = name.toLowerCase();
  const wanted = acronym.toLowerCase();
  if (letters[0] !== wanted[0]) return false;
  let at = 1;
  for (const letter of wanted.slice(1)) {
    at = letters.indexOf(letter, at) + 1;
    if (at === 0) return false;
  }
  return true;
}
