import type { KeyWord } from '../analysis/key-words';
import type { CueKind, EntityType, Label } from '../shared/schema';

/** How labels, types and cues read to a person. */
export const LABEL_WORDS: Record<Label, { name: string; meaning: string }> = {
  sourced: { name: 'Sourced', meaning: 'Attributed to a named person, body, document or link.' },
  vague: { name: 'Vaguely sourced', meaning: 'Attributed to a source you cannot identify or check.' },
  unsourced: { name: 'Unsourced', meaning: 'A factual claim the author makes without naming a source.' },
  opinion: { name: 'Opinion', meaning: 'The author’s own judgement, speculation or prediction.' },
};

export const ENTITY_WORDS: Record<EntityType, string> = {
  PER: 'Person',
  ORG: 'Organization',
  LOC: 'Place',
  MISC: 'Other name',
};

export const CUE_WORDS: Record<CueKind, string> = {
  quote: 'quoted',
  'quote-continuation': 'continues a quotation',
  'reporting-verb': 'reported speech',
  'according-to': 'according to',
  document: 'cites a document',
  link: 'links to its source',
  'vague-source': 'unnamed source',
  opinion: 'evaluative wording',
  hedge: 'speculation',
  prediction: 'prediction',
  fact: 'checkable detail',
};

/** How a note introduces each key word: the evidence for its label, or what a reader can check. */
export const KEY_WORD_WORDS: Record<KeyWord['kind'], string> = {
  ...CUE_WORDS,
  fact: 'number or date',
  source: 'source',
  actor: 'named actor',
};

/** The legend: what each mark looks like and means, in the words of the popup and the on-page control. */
export const LINE_WORDS: Record<Label, string> = {
  sourced: 'double line',
  vague: 'dashed line',
  unsourced: 'dotted line',
  opinion: 'thick pale bar',
};
