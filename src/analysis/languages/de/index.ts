import { decodeModel } from '../../entities/model-codec';
import type { TaggerWeights } from '../../entities/viterbi';
import { labelLexically } from '../lexical-claims';
import { taggedMentions } from '../tagged-mentions';
import type { LanguagePack } from '../types';
import { GERMAN_CLAIM_DATA } from './claims';
import { GERMAN_SEGMENTATION } from './segmentation';

/** The name model's file (written by `scripts/train-ner.ts --out assets/public/languages/de/ner-model.bin`), read only for a German text. */
export const GERMAN_NAME_MODEL_FILE = 'languages/de/ner-model.bin';

/** German: its own name model (GermEval 2014, Europeana; see MODEL.md) from the model file's bytes, and word lists. */
export function germanPack(modelBytes: Uint8Array): LanguagePack {
  let weights: TaggerWeights | undefined;
  const pack: LanguagePack = {
    code: 'de',
    name: 'German',
    segmentation: GERMAN_SEGMENTATION,
    nameModel() {
      weights ??= decodeModel(modelBytes);
      return weights;
    },
    names: {
      recognize: (text, sentences) => taggedMentions(pack.nameModel(), text, sentences),
    },
    claims: {
      label: (text, spans, context) => labelLexically(GERMAN_CLAIM_DATA, text, spans, context),
    },
    lexicon: GERMAN_CLAIM_DATA.lexicon,
  };
  return pack;
}
