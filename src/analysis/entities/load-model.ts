import { decodeBase64 } from './base64';
import { NER_MODEL_BASE64 } from './data/ner-model';
import { decodeModel } from './model-codec';
import type { TaggerWeights } from './viterbi';

let cached: TaggerWeights | undefined;

/** The shipped tagger weights, decoded on first use and kept. */
export function loadNerModel(): TaggerWeights {
  cached ??= decodeModel(decodeBase64(NER_MODEL_BASE64));
  return cached;
}
