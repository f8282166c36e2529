import { NameListsFileSchema } from '../../../shared/schema';
import { decodeModel } from '../../entities/model-codec';
import type { TaggerWeights } from '../../entities/viterbi';
import { labelLexically } from '../lexical-claims';
import { withBracketedAcronyms } from '../bracketed-acronyms';
import { withClubNames } from '../club-names';
import { withoutCommonNouns } from '../common-nouns';
import { withInstitutionPlaces } from '../institution-places';
import { withListedNames, type NameLists } from '../listed-names';
import { withNameAdjectives } from '../name-adjectives';
import { withQuotedTitles } from '../quoted-titles';
import { withNameParticles } from '../name-particles';
import { taggedMentions } from '../tagged-mentions';
import type { LanguagePack } from '../types';
import { GERMAN_CLAIM_DATA } from './claims';
import { GERMAN_NAME_PARTICLES, GERMAN_PREPOSITION_PARTICLES } from './name-particles';
import { GERMAN_CLUB_PREFIXES, GERMAN_ORGANISATIONS } from './organisations';
import { GERMAN_SEGMENTATION } from './segmentation';
import { GERMAN_NAME_ADJECTIVE_ENDINGS } from './name-adjectives';
import { GERMAN_TITLE_NOUNS } from './title-nouns';
import { GERMAN_INSTITUTION_HEADS, GERMAN_INSTITUTION_LINKS } from './institution-heads';

/** The name model's file (written by `scripts/train-ner.ts --out assets/public/languages/de/ner-model.bin`), read only for a German text. */
export const GERMAN_NAME_MODEL_FILE = 'languages/de/ner-model.bin';
/** First names, surnames and places (written by `scripts/build-german-names.ts`), read with the model. */
export const GERMAN_NAME_LISTS_FILE = 'languages/de/names.json';

/** German: its own name model (GermEval 2014, Europeana; see MODEL.md) and name lists from their files' bytes, and word lists. */
export function germanPack(modelBytes: Uint8Array, nameListBytes: Uint8Array): LanguagePack {
  let weights: TaggerWeights | undefined;
  const file = NameListsFileSchema.parse(JSON.parse(asciiText(nameListBytes)));
  const lists: NameLists = { firstNames: new Set(file.firstNames), lastNames: new Set(file.lastNames), places: new Set(file.places), organisations: new Set(GERMAN_ORGANISATIONS), determiners: GERMAN_CLAIM_DATA.determiners };
  const particleLists = { firstNames: lists.firstNames, particles: GERMAN_NAME_PARTICLES, prepositionParticles: GERMAN_PREPOSITION_PARTICLES };
  const commonNouns = new Set(file.commonNouns);
  const institutionHeads = new Set(GERMAN_INSTITUTION_HEADS);
  const institutionLinks = new Set(GERMAN_INSTITUTION_LINKS);
  const clubLists = { prefixes: new Set(GERMAN_CLUB_PREFIXES), places: lists.places };
  const pack: LanguagePack = {
    code: 'de',
    name: 'German',
    segmentation: GERMAN_SEGMENTATION,
    nameModel() {
      weights ??= decodeModel(modelBytes);
      return weights;
    },
    names: {
      recognize: (text, sentences) => {
        const tagged = withNameAdjectives(text, withNameParticles(text, withoutCommonNouns(taggedMentions(pack.nameModel(), text, sentences), commonNouns), particleLists), GERMAN_NAME_ADJECTIVE_ENDINGS);
        const institutions = withInstitutionPlaces(text, withClubNames(text, sentences, tagged, clubLists), institutionHeads, institutionLinks);
        const named = withQuotedTitles(text, institutions, GERMAN_TITLE_NOUNS);
        return withListedNames(text, sentences, withBracketedAcronyms(text, named), lists);
      },
    },
    claims: {
      label: (text, spans, context) => labelLexically(GERMAN_CLAIM_DATA, text, spans, context),
    },
    lexicon: GERMAN_CLAIM_DATA.lexicon,
  };
  return pack;
}

/** The lists file is ASCII (its generator escapes every other character as \uXXXX), so each byte is one character. */
function asciiText(bytes: Uint8Array): string {
  if (bytes.some((b) => b > 0x7f)) throw new Error(`${GERMAN_NAME_LISTS_FILE} is not ASCII: rebuild it with scripts/build-german-names.ts`);
  let text = '';
  for (let i = 0; i < bytes.length; i += 8192) text += String.fromCharCode(...bytes.subarray(i, i + 8192));
  return text;
}
