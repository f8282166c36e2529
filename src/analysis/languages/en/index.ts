import { labelClaims } from '../../claims/label';
import { VAGUE_HEADS } from '../../claims/data/lexicons';
import { REPORTING_FORMS } from '../../claims/data/reporting-verbs';
import { EVALUATIVE, FIRST_PERSON_JUDGEMENT, HEDGES, PREDICTIONS } from '../../claims/data/subjectivity-lexicon';
import { loadNerModel } from '../../entities/load-model';
import { recognizeMentions } from '../../entities/recognize';
import type { LanguagePack } from '../types';
import { ENGLISH_SEGMENTATION } from './segmentation';

/**
 * English: the engine's first language. Its data stays where its stages read it
 * (`claims/data/`, `entities/data/`); the pack gathers it behind the same shape as every other language.
 */
export const englishPack: LanguagePack = {
  code: 'en',
  name: 'English',
  segmentation: ENGLISH_SEGMENTATION,
  nameModel: loadNerModel,
  names: { recognize: recognizeMentions },
  claims: { label: (text, spans, context) => labelClaims(text, spans, context) },
  lexicon: {
    reportingForms: REPORTING_FORMS,
    vagueHeads: VAGUE_HEADS,
    evaluative: EVALUATIVE,
    hedges: HEDGES,
    predictions: PREDICTIONS,
    firstPerson: FIRST_PERSON_JUDGEMENT,
  },
};
