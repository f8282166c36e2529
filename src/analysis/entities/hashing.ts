/** 32-bit FNV-1a of a string: the identity of a word-level atom in feature hashing. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Combines a template id and up to three atoms into one well-mixed 32-bit hash. */
export function mixHash(template: number, a: number, b = 0, c = 0): number {
  return mixSeeded(templateSeed(template), a, b, c);
}

/** A template id's start in `mixHash`: hot loops compute it once per template, not once per token. */
export function templateSeed(template: number): number {
  return Math.imul(template + 1, 0x9e3779b1);
}

/** `mixHash` of the template whose `templateSeed` is `seed`. */
export function mixSeeded(seed: number, a: number, b: number, c: number): number {
  let h = seed ^ a;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) ^ b;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) ^ c;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  return (h ^ (h >>> 13)) >>> 0;
}
