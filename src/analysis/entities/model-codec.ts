import { TAG_COUNT } from './tags';
import type { QuantisedWeights } from './viterbi';

const MAGIC = 0x524e4c53; // "SLNR"
const VERSION = 2;
const HEADER_WORDS = 5; // magic, version, bits, tag count, bucket count
const CODEBOOK_SIZE = 256;

/**
 * The shipped model's binary form: header, codebook and transitions (float32),
 * the ids of non-zero buckets as varint deltas, then their int8 codes one tag
 * column after another (similar bytes together gzip better).
 */
export function encodeModel(weights: QuantisedWeights): Uint8Array {
  const rows: number[] = [];
  const buckets = 1 << weights.bits;
  for (let b = 0; b < buckets; b++) {
    for (let t = 0; t < TAG_COUNT; t++) {
      if (weights.codes[b * TAG_COUNT + t] !== 0) {
        rows.push(b);
        break;
      }
    }
  }
  const varints: number[] = [];
  let previous = 0;
  for (const row of rows) {
    let delta = row - previous;
    previous = row;
    while (delta >= 128) {
      varints.push((delta & 127) | 128);
      delta >>>= 7;
    }
    varints.push(delta);
  }
  const floats = [...weights.codebook, ...weights.transitions];
  const headerBytes = HEADER_WORDS * 4 + floats.length * 4;
  const bytes = new Uint8Array(headerBytes + varints.length + rows.length * TAG_COUNT);
  const view = new DataView(bytes.buffer);
  [MAGIC, VERSION, weights.bits, TAG_COUNT, rows.length].forEach((word, i) => view.setUint32(i * 4, word, true));
  floats.forEach((value, i) => view.setFloat32(HEADER_WORDS * 4 + i * 4, value, true));
  bytes.set(varints, headerBytes);
  let offset = headerBytes + varints.length;
  for (let t = 0; t < TAG_COUNT; t++) {
    for (const row of rows) bytes[offset++] = weights.codes[row * TAG_COUNT + t]! & 255;
  }
  return bytes;
}

export function decodeModel(bytes: Uint8Array): QuantisedWeights {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const [magic, version, bits, tagCount, rowCount] = [0, 1, 2, 3, 4].map((i) => view.getUint32(i * 4, true)) as [
    number,
    number,
    number,
    number,
    number,
  ];
  if (magic !== MAGIC || version !== VERSION || tagCount !== TAG_COUNT) throw new Error('Unsupported NER model');
  let offset = HEADER_WORDS * 4;
  const readFloats = (count: number): Float32Array => {
    const out = new Float32Array(count);
    for (let i = 0; i < count; i++, offset += 4) out[i] = view.getFloat32(offset, true);
    return out;
  };
  const codebook = readFloats(CODEBOOK_SIZE);
  const transitions = readFloats((TAG_COUNT + 1) * TAG_COUNT);
  // The codes are the file's last bytes: with their start known, one pass reads each row's
  // number and places its codes (a fresh worker meets this loop cold, once per model).
  const codesAt = bytes.length - rowCount * tagCount;
  const stored = new Int8Array(bytes.buffer, bytes.byteOffset + codesAt, rowCount * tagCount);
  const codes = new Int8Array((1 << bits) * tagCount);
  const used = new Uint8Array(((1 << bits) + 7) >>> 3);
  let row = 0;
  for (let r = 0; r < rowCount; r++) {
    let delta = 0;
    let shift = 0;
    let byte: number;
    do {
      byte = bytes[offset++]!;
      delta |= (byte & 127) << shift;
      shift += 7;
    } while (byte & 128);
    row += delta;
    used[row >>> 3]! |= 1 << (row & 7);
    for (let t = 0, at = row * tagCount; t < tagCount; t++) codes[at + t] = stored[t * rowCount + r]!;
  }
  if (offset !== codesAt) throw new Error('Unsupported NER model');
  return { bits, codes, used, codebook, transitions };
}
