export { analyze, type AnalyzeOptions } from './analyze';
export { segmentSentences } from './segment';
export { tokenize, type Token } from './tokenize';
export { summarize, countLabels, sourcesCited, keyEntities, claimsToCheck } from './summary';
export type { Analysis, Sentence, Entity, Label, EntityType, Cue, Source, Span } from '../shared/schema';
export { SUPPORTED_LANGUAGES, isSupportedLanguage, languagePack, loadLanguagePack, type LanguagePack, type LanguagePackHost } from './languages';
export { detectTextLanguage } from './languages/detect';
