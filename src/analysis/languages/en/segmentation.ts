import type { SegmentationData } from '../types';

/** Where English sentences end (written for this project, MIT). */
export const ENGLISH_SEGMENTATION: SegmentationData = {
  titles: new Set([
    'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'gen', 'gov', 'sen', 'rep', 'rev', 'lt', 'col', 'capt', 'sgt',
    'maj', 'cmdr', 'adm', 'pres', 'supt', 'insp', 'det', 'hon', 'rt', 'messrs', 'mme', 'mlle',
  ]),
  beforeNumber: new Set([
    'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
    'no', 'nos', 'vol', 'p', 'pp', 'art', 'sec', 'ch', 'fig', 'approx', 'ca', 'para',
  ]),
  midSentence: new Set(['vs', 'etc', 'inc', 'corp', 'co', 'ltd', 'llc', 'plc', 'dept', 'est', 'al', 'ave', 'blvd', 'mt', 'e.g', 'i.e', 'cf', 'viz']),
  dottedAbbreviations: [],
  sentenceStarters: new Set([
    'The', 'A', 'An', 'In', 'On', 'At', 'It', 'Its', 'He', 'She', 'They', 'We', 'I', 'You', 'But', 'And', 'Or', 'So',
    'This', 'That', 'These', 'Those', 'There', 'Their', 'His', 'Her', 'Our', 'My', 'As', 'After', 'Before', 'When',
    'While', 'If', 'However', 'Yet', 'Still', 'Now', 'Then', 'Meanwhile', 'Also', 'For', 'Many', 'Some', 'Most',
  ]),
  ordinalNouns: new Set(),
  ordinalArticles: new Set(),
  closers: new Set(['"', '”', '’', "'", ')', ']', '»']),
  openers: new Set(['"', '“', '‘', "'", '(', '[', '«']),
};
