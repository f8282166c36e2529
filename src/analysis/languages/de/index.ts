import { decodeBase64 } from '../../entities/base64';
import { decodeModel } from '../../entities/model-codec';
import type { TaggerWeights } from '../../entities/viterbi';
import { labelLexically } from '../lexical-claims';
import { taggedMentions } from '../tagged-mentions';
import type { LanguagePack } from '../types';
import { GERMAN_CLAIM_DATA } from './claims';
import { NER_MODEL_BASE64 } from './ner-model';
import { GERMAN_SEGMENTATION } from './segmentation';

let weights: TaggerWeights | undefined;

/** German: its own name model (GermEval 2014, Europeana; see MODEL.md) and word lists; loaded only for a German text. */
export const germanPack: LanguagePack = {
  code: 'de',
  name: 'German',
  segmentation: GERMAN_SEGMENTATION,
  nameModel() {
    weights ??= decodeModel(decodeBase64(NER_MODEL_BASE64));
    return weights;
  },
  names: {
    recognize: (text, sentences) => taggedMentions(germanPack.nameModel(), text, sentences),
  },
  claims: {
    label: (text, spans, context) => labelLexically(GERMAN_CLAIM_DATA, text, spans, context),
  },
  lexicon: GERMAN_CLAIM_DATA.lexicon,
};
