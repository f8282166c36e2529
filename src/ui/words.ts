import type { KeyWord } from '../analysis/key-words';
import type { CueKind, EntityType, Label, NonClaimKind } from '../shared/schema';
import { isMessageKey, t } from './i18n';

/** How labels, types and cues read to a person, in the interface's language. */
export const LABEL_WORDS: Record<Label, { name: string; meaning: string }> = {
  sourced: { name: t('labelSourcedName'), meaning: t('labelSourcedMeaning') },
  vague: { name: t('labelVagueName'), meaning: t('labelVagueMeaning') },
  unsourced: { name: t('labelUnsourcedName'), meaning: t('labelUnsourcedMeaning') },
  opinion: { name: t('labelOpinionName'), meaning: t('labelOpinionMeaning') },
};

export const ENTITY_WORDS: Record<EntityType, string> = {
  PER: t('entityPER'),
  ORG: t('entityORG'),
  LOC: t('entityLOC'),
  MISC: t('entityMISC'),
};

export const CUE_WORDS: Record<CueKind, string> = {
  quote: t('cue_quote'),
  'quote-continuation': t('cue_quoteContinuation'),
  'reporting-verb': t('cue_reportingVerb'),
  'according-to': t('cue_accordingTo'),
  document: t('cue_document'),
  link: t('cue_link'),
  'vague-source': t('cue_vagueSource'),
  opinion: t('cue_opinion'),
  hedge: t('cue_hedge'),
  prediction: t('cue_prediction'),
  fact: t('cue_fact'),
};

/** How a note introduces each key word: the evidence for its label, or what a reader can check. */
export const KEY_WORD_WORDS: Record<KeyWord['kind'], string> = {
  ...CUE_WORDS,
  fact: t('keyWordFact'),
  source: t('keyWordSource'),
  actor: t('keyWordActor'),
};

/** Why a line is not a claim, as a note names it. */
export const NON_CLAIM_WORDS: Record<NonClaimKind, string> = {
  heading: t('nonClaim_heading'),
  byline: t('nonClaim_byline'),
  caption: t('nonClaim_caption'),
  dateline: t('nonClaim_dateline'),
  question: t('nonClaim_question'),
  boilerplate: t('nonClaim_boilerplate'),
  fragment: t('nonClaim_fragment'),
};

/** The legend: what each mark looks like and means, in the words of the popup and the on-page control. */
export const LINE_WORDS: Record<Label, string> = {
  sourced: t('lineSourced'),
  vague: t('lineVague'),
  unsourced: t('lineUnsourced'),
  opinion: t('lineOpinion'),
};

/** The supported languages as the reader reads them: "English and German", "Englisch und Deutsch". */
export function languageList(codes: readonly string[]): string {
  const names = codes.map((code) => {
    const key = `language_${code}`;
    return isMessageKey(key) ? t(key) : code;
  });
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} ${t('listAnd')} ${names.at(-1)}` : (names[0] ?? '');
}
