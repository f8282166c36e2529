const NEEDS_NORMALISING = /[\u00ad‘’‛′“”„″–—]/u;

/**
 * The form of a word the model was trained on: CoNLL text is ASCII-quoted and has
 * no soft hyphens, so curly quotes and invisible hyphens are normalised first.
 */
export function modelWord(word: string): string {
  if (!NEEDS_NORMALISING.test(word)) return word;
  return word
    .replace(/\u00ad/gu, '')
    .replace(/[‘’‛′]/gu, "'")
    .replace(/[“”„″]/gu, '"')
    .replace(/[–—]/gu, '-');
}
