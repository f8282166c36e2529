export { analyze, type AnalyzeOptions } from './analyze';
export { segmentSentences } from './segment';
export { tokenize, type Token } from './tokenize';
export { countLabels, sourcesCited, keyEntities, claimsToCheck, type SourceCited } from './summary';
export type { Analysis, Sentence, Entity, Label, EntityType, Cue, Source, Span } from '../shared/schema';
