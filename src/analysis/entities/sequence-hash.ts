/**
 * Polynomial hashes of a sequence's slices, each in constant time after a linear
 * pass: merging looks names up by their suffixes, prefixes, word pairs and
 * one-letter deletions, and a hostile page may hold a "name" of thousands of
 * words, so no lookup key may cost its own length. Two moduli below 2^26 keep
 * every product exact in a double; a collision only costs a comparison, as every
 * candidate found by hash is checked word by word.
 */
const M1 = 67_108_859;
const M2 = 67_108_837;
const B1 = 911_382_323 % M1;
const B2 = 972_663_749 % M2;

const powers1 = [1];
const powers2 = [1];

function power(powers: number[], base: number, modulus: number, n: number): number {
  while (powers.length <= n) powers.push((powers.at(-1)! * base) % modulus);
  return powers[n]!;
}

/** A hash of a string, for use as one element of a sequence. */
function elementOf(text: string): [number, number] {
  let h1 = 7;
  let h2 = 11;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    h1 = (h1 * 131 + code) % M1;
    h2 = (h2 * 137 + code) % M2;
  }
  return [h1, h2];
}

export class SequenceHash {
  readonly length: number;
  private readonly prefix1: Float64Array;
  private readonly prefix2: Float64Array;

  /** A sequence of `length` elements, the i-th hashed to `first(i)` and `second(i)` (below 2^26). */
  constructor(length: number, first: (i: number) => number, second: (i: number) => number) {
    this.length = length;
    this.prefix1 = new Float64Array(length + 1);
    this.prefix2 = new Float64Array(length + 1);
    for (let i = 0; i < length; i++) {
      this.prefix1[i + 1] = (this.prefix1[i]! * B1 + first(i) + 1) % M1;
      this.prefix2[i + 1] = (this.prefix2[i]! * B2 + second(i) + 1) % M2;
    }
  }

  /** The hash of a sequence of strings, each an element. */
  static ofElements(elements: readonly string[]): SequenceHash {
    const hashes = elements.map(elementOf);
    return new SequenceHash(hashes.length, (i) => hashes[i]![0], (i) => hashes[i]![1]);
  }

  /** The hash of a string, each character an element. */
  static ofCharacters(text: string): SequenceHash {
    const code = (i: number) => text.charCodeAt(i);
    return new SequenceHash(text.length, code, code);
  }

  /** The hash of elements [from, to). */
  slice(from: number, to: number): number {
    return combine(this.part1(from, to), this.part2(from, to));
  }

  /** The hash of the sequence without the element at `at`. */
  without(at: number): number {
    const rest = this.length - at - 1;
    const h1 = (this.part1(0, at) * power(powers1, B1, M1, rest) + this.part1(at + 1, this.length)) % M1;
    const h2 = (this.part2(0, at) * power(powers2, B2, M2, rest) + this.part2(at + 1, this.length)) % M2;
    return combine(h1, h2);
  }

  /** The hash of elements [from, end) followed by elements [0, to): a rotation. */
  rotated(from: number, to: number): number {
    const h1 = (this.part1(from, this.length) * power(powers1, B1, M1, to) + this.part1(0, to)) % M1;
    const h2 = (this.part2(from, this.length) * power(powers2, B2, M2, to) + this.part2(0, to)) % M2;
    return combine(h1, h2);
  }

  private part1(from: number, to: number): number {
    return (this.prefix1[to]! - ((this.prefix1[from]! * power(powers1, B1, M1, to - from)) % M1) + M1) % M1;
  }

  private part2(from: number, to: number): number {
    return (this.prefix2[to]! - ((this.prefix2[from]! * power(powers2, B2, M2, to - from)) % M2) + M2) % M2;
  }
}

function combine(h1: number, h2: number): number {
  return h1 * M2 + h2;
}
