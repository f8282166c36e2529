import { parseConll } from './conll-format';
import { loadNerModel } from './load-model';
import { modelWord } from './model-input';
import { tagDocument } from './tag-document';
import type { TaggerWeights } from './viterbi';

/**
 * Tags a CoNLL-2003 file: the same lines with the predicted IOB2 tag appended as
 * the last column; blank and `-DOCSTART-` lines are kept as they are.
 */
export function tagConll(input: string, weights: TaggerWeights = loadNerModel()): string {
  const lines = input.split(/\r?\n/);
  const out = [...lines];
  for (const document of parseConll(input)) {
    const tags = tagDocument(
      weights,
      document.map((s) => s.words.map(modelWord)),
    );
    document.forEach((sentence, s) => {
      sentence.lines.forEach((line, i) => {
        const separator = lines[line]!.includes('\t') ? '\t' : ' ';
        out[line] = `${lines[line]!.replace(/\s+$/u, '')}${separator}${tags[s]![i]!}`;
      });
    });
  }
  return out.join('\n');
}
