import { describe, expect, it } from 'vitest';
import { splitWords } from '../../../src/analysis/claims/words';
import { tokenize, type TokenProfile } from '../../../src/analysis/tokenize';

/** Input, then its tokens joined by " | ", for both profiles unless a third column gives the claims profile's. */
const TABLE: Array<[string, string, string?]> = [
  // Titles and abbreviations keep their period, so a title stays with its name.
  ['said Dr. Jane Smith.', 'said | Dr. | Jane | Smith | .'],
  ['Mr. and Mrs. Smith met Gov. Newsom and Sen. Warren', 'Mr. | and | Mrs. | Smith | met | Gov. | Newsom | and | Sen. | Warren'],
  ['of Remain Co. and Apple Inc.', 'of | Remain | Co. | and | Apple | Inc.'],
  // Initials before a capitalised word; dotted acronyms and degrees.
  ['Robert M. Danin, Ph.D., said', 'Robert | M. | Danin | , | Ph.D. | , | said'],
  ['The U.S. and e.g. the U.K.', 'The | U.S. | and | e.g. | the | U.K.'],
  ['Plan B. Then', 'Plan | B. | Then'],
  // A month's period before a space is the period; glued to its number, the claims profile keeps a date whole.
  ['on Oct. 1.', 'on | Oct | . | 1 | .'],
  ['on Oct.1 at No.3', 'on | Oct | . | 1 | at | No. | 3', 'on | Oct.1 | at | No. | 3'],
  // A period before a capital is a missing space; before a lower-case letter, part of a name.
  ['future.Musk and Amazon.com', 'future | . | Musk | and | Amazon.com'],
  // Addresses are cut at their punctuation, with exact offsets.
  ['see https://www.example.com/a-b?x=1 now', 'see | https | : | / | / | www.example.com | / | a-b | ? | x | = | 1 | now'],
  // Numbers with their separators; symbols alone.
  ['$48.5 million, 11,000 homes, 3:45 p.m., 2.5%', '$ | 48.5 | million | , | 11,000 | homes | , | 3:45 | p.m. | , | 2.5 | %'],
  // An emoji with its skin tone and joined parts is one symbol.
  ['Fans 😀 love 👩🏽‍🔬 science', 'Fans | 😀 | love | 👩🏽‍🔬 | science'],
  // Every kind of quotation mark is a token of its own.
  ['“Starlink,” he said. ‘Yes’ "no" «oui»', '“ | Starlink | , | ” | he | said | . | ‘ | Yes | ’ | " | no | " | « | oui | »'],
  // Possessives apart from the name; inner apostrophes, hyphens and ampersands inside the word.
  ['Tesla’s and Musk\'s don’t rock-and-roll AT&T', 'Tesla | ’s | and | Musk | \'s | don’t | rock-and-roll | AT&T'],
  // Plain ASCII runs (read without the expression) end where the expression would end them, no sooner or later.
  // A word before a sentence's period loses it; an abbreviation keeps it (not glued to a number before it), even at the end of the span.
  ['He said. Then 3Co. Jr. spoke to Rep. Lee at No. 10 St.', 'He | said | . | Then | 3 | Co | . | Jr. | spoke | to | Rep. | Lee | at | No. | 10 | St.'],
  ['It rose 2% in Q3. A US. Ex. CO. ok. x2.', 'It | rose | 2 | % | in | Q3 | . | A | US | . | Ex | . | CO | . | ok | . | x2 | .'],
  ['a|b~c^d`e[f]{g}<h>@i#j*K+l=m!n?o;p', 'a | | | b | ~ | c | ^ | d | ` | e | [ | f | ] | { | g | } | < | h | > | @ | i | # | j | * | K | + | l | = | m | ! | n | ? | o | ; | p'],
  // An inner star before lower case joins the word: gender-inclusive plurals and starred-out words; not before a capital.
  ['Trainer*innen und Athlet*innen, f*ck, A*B', 'Trainer*innen | und | Athlet*innen | , | f*ck | , | A | * | B'],
  ['COVID19 5km 2024, café naïve co\u00adop (A) B.C. x_y 10:30.', 'COVID19 | 5 | km | 2024 | , | café | naïve | co\u00adop | ( | A | ) | B.C. | x | _ | y | 10:30 | .'],
];

describe('the one tokenizer', () => {
  for (const profile of ['conll', 'claims'] as TokenProfile[]) {
    it.each(TABLE)(`${profile}: %s`, (text, conll, claims) => {
      const tokens = tokenize(text, 0, text.length, profile);
      expect(tokens.map((t) => t.text).join(' | ')).toBe(profile === 'claims' ? (claims ?? conll) : conll);
      for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    });
  }

  it('cuts only inside the span it is given, with offsets in the whole text', () => {
    const text = 'Before. said Dr. Jane Smith. After.';
    const start = text.indexOf('said');
    const end = text.indexOf(' After');
    expect(tokenize(text, start, end).map((t) => [t.text, t.start])).toEqual([['said', start], ['Dr.', start + 5], ['Jane', start + 9], ['Smith', start + 14], ['.', start + 19]]);
  });

  it('gives the claim detectors the same words, lower-cased without soft hyphens or curly apostrophes', () => {
    const text = '“Inter\u00adnet,” said Dr. Jane Smith, who didn’t agree.';
    const words = splitWords(text, { start: 0, end: text.length }, (offset) => offset < text.indexOf('”'));
    expect(words.map((w) => w.text)).toEqual(tokenize(text, 0, text.length, 'claims').map((t) => t.text));
    expect(words.find((w) => w.text === 'Dr.')).toBeDefined();
    expect(words[1]).toMatchObject({ lower: 'internet', quoted: true });
    expect(words.find((w) => w.text === 'didn’t')).toMatchObject({ lower: "didn't", quoted: false });
  });

  it('parts a contracted auxiliary from its word, so the pronoun reads as a pronoun', () => {
    const text = "He’d said they're sure I'm right, we've heard she'll go; O'Neill didn’t.";
    const words = splitWords(text, { start: 0, end: text.length }, () => false);
    expect(words.map((w) => w.lower).join(' | ')).toBe("he | 'd | said | they | 're | sure | i | 'm | right | , | we | 've | heard | she | 'll | go | ; | o'neill | didn't | .");
    expect(words[1]).toMatchObject({ text: '’d', start: 2, end: 4 });
  });
});
