import { describe, expect, it } from 'vitest';
import { decodeBase64, encodeBase64 } from '../../../../src/analysis/entities/base64';
import { loadNerModel } from '../../../../src/analysis/entities/load-model';
import { decodeModel, encodeModel } from '../../../../src/analysis/entities/model-codec';
import { TAG_COUNT, TAGS } from '../../../../src/analysis/entities/tags';
import { type QuantisedWeights, viterbi } from '../../../../src/analysis/entities/viterbi';

describe('model codec', () => {
  it('round-trips base64 of every length remainder', () => {
    for (const length of [0, 1, 2, 3, 4, 5, 255]) {
      const bytes = Uint8Array.from({ length }, (_, i) => (i * 37 + 11) & 255);
      expect(decodeBase64(encodeBase64(bytes))).toEqual(bytes);
    }
  });

  it('round-trips sparse int8 weights, codebook and transitions', () => {
    const bits = 6;
    const codes = new Int8Array((1 << bits) * TAG_COUNT);
    const used = new Uint8Array((1 << bits) / 8);
    for (const [row, tag, code] of [[0, 0, 5], [3, 8, -128], [40, 2, 127], [63, 4, -1]] as const) {
      codes[row * TAG_COUNT + tag] = code;
      used[row >>> 3]! |= 1 << (row & 7);
    }
    const weights: QuantisedWeights = {
      bits,
      codes,
      used,
      codebook: Float32Array.from({ length: 256 }, (_, i) => (i - 128) / 8),
      transitions: Float32Array.from({ length: (TAG_COUNT + 1) * TAG_COUNT }, (_, i) => i / 4 - 3),
    };
    expect(decodeModel(encodeModel(weights))).toEqual(weights);
  });

  it('ships a model that decodes', () => {
    const model = loadNerModel();
    expect('codes' in model && model.codes.length).toBe((1 << model.bits) * TAG_COUNT);
  });

  it('marks as used exactly the rows of the shipped model with a non-zero code', () => {
    const model = loadNerModel() as QuantisedWeights;
    const rows = model.codes.length / TAG_COUNT;
    let mismatches = 0;
    for (let row = 0; row < rows; row++) {
      const nonZero = model.codes.subarray(row * TAG_COUNT, (row + 1) * TAG_COUNT).some((code) => code !== 0);
      if (nonZero !== ((model.used[row >>> 3]! & (1 << (row & 7))) !== 0)) mismatches++;
    }
    expect(mismatches).toBe(0);
  });

  it('refuses a model file cut short', () => {
    const bytes = encodeModel(loadNerModel() as QuantisedWeights);
    expect(() => decodeModel(bytes.subarray(0, bytes.length - 1))).toThrow('Unsupported NER model');
  });
});

describe('viterbi', () => {
  it('never opens with I- nor continues a different type, whatever the scores say', () => {
    const length = 4;
    const scores = new Float32Array(length * TAG_COUNT);
    // Every token prefers I-ORG, then I-PER; B-PER is a little behind.
    for (let i = 0; i < length; i++) {
      scores[i * TAG_COUNT + TAGS.indexOf('I-ORG')] = 10;
      scores[i * TAG_COUNT + TAGS.indexOf('I-PER')] = 9;
      scores[i * TAG_COUNT + TAGS.indexOf('B-PER')] = 8;
    }
    const tags = Array.from(viterbi(scores, new Float32Array((TAG_COUNT + 1) * TAG_COUNT)), (t) => TAGS[t]);
    expect(tags[0]!.startsWith('I-')).toBe(false);
    tags.forEach((tag, i) => {
      if (tag!.startsWith('I-')) expect(tags[i - 1]!.slice(2)).toBe(tag!.slice(2));
    });
  });
});
