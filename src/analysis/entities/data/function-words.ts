/**
 * Capitalised words that open sentences or quotes but never a name: a tagger
 * trained on CoNLL sometimes pulls them into the name that follows ("Since Huawei").
 */
export const LEADING_FUNCTION_WORDS = new Set(
  `since again but and or nor so yet then now also still even only just in on at as after before if when whenever while
  however although though because despite during for from with without under over into onto upon this that these those
  it he she they we i you his her its their our my your why what how where who whom whose which is are was were do does
  did has have had can could should would must not yes let many most some any all each every both such other another
  no. here there today yesterday tomorrow meanwhile instead perhaps maybe already indeed thus hence therefore moreover
  furthermore unlike like via per about against among between through throughout toward towards until unless whether
  anyone anybody everyone everybody someone somebody nobody none whoever`
    .split(/\s+/)
    .filter(Boolean),
);
