/**
 * Text naming distinct invented people and companies, each named in full and
 * then again by surname, possessive or short form, so every merge rule has
 * candidates to try: a page that makes merging work hardest per character.
 */
const SYLLABLES = ['zen', 'tro', 'fax', 'quil', 'mar', 'by', 'vel', 'dra', 'kos', 'lin', 'por', 'ta', 'gre', 'nu', 'sha', 'wick', 'dor', 'ell', 'bram', 'oth'];
const SUFFIXES = ['Holdings', 'Group', 'Inc', 'Corporation', 'Labs', 'Partners'];

/** A capitalised invented word, distinct for each index. */
function word(i: number, salt: number): string {
  let n = i * 7 + salt;
  let w = '';
  do {
    w += SYLLABLES[n % SYLLABLES.length];
    n = Math.floor(n / SYLLABLES.length);
  } while (n > 0);
  w += SYLLABLES[(i + salt) % SYLLABLES.length];
  return w[0]!.toUpperCase() + w.slice(1);
}

/** N distinct names in ordinary sentences. */
export function distinctNamesText(n: number): string {
  const parts: string[] = [];
  for (let i = 0; i < n; i++) {
    if (i % 2 === 0) {
      const first = word(i, 1);
      const last = word(i, 3);
      parts.push(`${first} ${last} said the plan would cost $${i + 2} million. ${last}'s office confirmed it on Monday, and ${last} added that talks would continue.`);
    } else {
      const company = word(i, 5);
      const suffix = SUFFIXES[i % SUFFIXES.length];
      parts.push(`${company} ${suffix} reported higher sales in the quarter. Analysts said ${company}'s results were strong, and ${company} expects more growth.`);
    }
    if (i % 10 === 9) parts.push('\n');
  }
  return parts.join(' ');
}

/** The same text cut to a length in characters, about 160 characters a name. */
export function distinctNamesOfLength(chars: number): string {
  return distinctNamesText(Math.ceil(chars / 150) + 1).slice(0, chars);
}
