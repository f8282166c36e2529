/**
 * Checks that the name tagger's output has not moved: the tags of every token of
 * the given articles and CoNLL files, from the current code and from a baseline
 * copy of an earlier tree's `src` (`git archive <commit> src | tar -x -C DIR`),
 * must be identical, token for token. Exits 1 on the first difference.
 *
 *   npx tsx scripts/bench/tagger-equivalence.ts --baseline DIR [--conll FILE]… ARTICLE.txt…
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseConll } from '../../src/analysis/entities/conll-format';
import { loadNerModel } from '../../src/analysis/entities/load-model';
import { modelWord } from '../../src/analysis/entities/model-input';
import { tagDocument } from '../../src/analysis/entities/tag-document';
import { segmentSentences } from '../../src/analysis/segment';
import { tokenize } from '../../src/analysis/tokenize';

const { values, positionals } = parseArgs({
  options: { baseline: { type: 'string' }, conll: { type: 'string', multiple: true, default: [] } },
  allowPositionals: true,
});
if (!values.baseline) throw new Error('--baseline DIR is required');
const src = resolve(values.baseline, 'src/analysis/entities');
const [baselineTagger, baselineModel] = await Promise.all([import(`${src}/tag-document.ts`), import(`${src}/load-model.ts`)]);

/** Documents as the tagger sees them: sentences of model words. */
const documents: { name: string; sentences: string[][] }[] = [];
for (const path of positionals) {
  const text = readFileSync(path, 'utf8');
  const sentences = segmentSentences(text).map((s) => tokenize(text, s.start, s.end).map((t) => modelWord(t.text)));
  documents.push({ name: path, sentences });
}
for (const path of values.conll) {
  parseConll(readFileSync(path, 'utf8')).forEach((doc, d) => {
    documents.push({ name: `${path} document ${d + 1}`, sentences: doc.map((s) => s.words.map(modelWord)) });
  });
}

let tokens = 0;
for (const { name, sentences } of documents) {
  const current: string[][] = tagDocument(loadNerModel(), sentences);
  const baseline: string[][] = baselineTagger.tagDocument(baselineModel.loadNerModel(), sentences);
  sentences.forEach((words, s) => {
    words.forEach((word, i) => {
      if (current[s]![i] !== baseline[s]![i]) {
        console.error(`${name}, sentence ${s + 1}, token ${i + 1} "${word}": ${baseline[s]![i]} before, ${current[s]![i]} now`);
        process.exit(1);
      }
    });
    tokens += words.length;
  });
}
console.log(`identical: ${tokens} tokens in ${documents.length} documents`);
