/**
 * The maximal runs of characters of one class in a text, as offsets: what
 * `text.matchAll(/[class]+/gu)` finds, without a match object and a string for
 * every run. Passes that look for a few words among all of a text's words read
 * the offsets and slice only the runs that can be one of them.
 */
export type RunVisitor = (start: number, end: number) => void;

const UNKNOWN = 0;
const MEMBER = 1;
const NOT_MEMBER = 2;

/** A scanner for runs of the characters `charClass` (one character, a `u`-flag class such as `/[\p{L}\p{N}]/u`) matches. */
export function runScanner(charClass: RegExp): (text: string, visit: RunVisitor) => void {
  // Membership of each code unit of the Basic Multilingual Plane, learnt as met: a test per character would dominate.
  const known = new Uint8Array(0x10000);
  const isMember = (text: string, i: number, code: number): boolean => {
    if (code >= 0xd800 && code < 0xdc00) return charClass.test(String.fromCodePoint(text.codePointAt(i)!));
    let state = known[code]!;
    if (state === UNKNOWN) known[code] = state = charClass.test(String.fromCharCode(code)) ? MEMBER : NOT_MEMBER;
    return state === MEMBER;
  };
  return (text, visit) => {
    const length = text.length;
    let i = 0;
    while (i < length) {
      let code = text.charCodeAt(i);
      if (!isMember(text, i, code)) {
        i += width(text, i, code);
        continue;
      }
      const start = i;
      do {
        i += width(text, i, code);
        code = text.charCodeAt(i);
      } while (i < length && isMember(text, i, code));
      visit(start, i);
    }
  };
}

/** Code units of the code point at i: two for a surrogate pair, as the `u` flag reads it. */
function width(text: string, i: number, code: number): number {
  if (code < 0xd800 || code >= 0xdc00) return 1;
  const next = text.charCodeAt(i + 1);
  return next >= 0xdc00 && next < 0xe000 ? 2 : 1;
}

/**
 * A look-ahead for a capital (`\p{Lu}`), to open an expression searched over a whole text whose match starts
 * with one. V8 tests a Unicode property slowly, and an expression is tried at every position: the ASCII range
 * first lets a small letter, digit or space fail at once (a capital is either A-Z or outside ASCII).
 */
export const CAPITAL_AHEAD = String.raw`(?=[A-Z\u0080-\u{10FFFF}])(?=\p{Lu})`;
