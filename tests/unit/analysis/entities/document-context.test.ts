import { describe, expect, it } from 'vitest';
import { caseForm, DocumentContext } from '../../../../src/analysis/entities/document-context';
import { sentenceAtoms } from '../../../../src/analysis/entities/features';

const FIRST = [
  'NEW YORK TALKS WENT WELL',
  'Lei Jun said on Monday that Xiaomi will open a store in New York .',
  'Lei told Reuters that apple growers in new markets were not affected .',
  'Apple declined to comment , a spokeswoman for Apple said .',
].map((s) => s.split(' '));
const SECOND = [
  'new york is where Lei lives .',
  'Apple and APPLE and apple : Jun said so .',
  'York , Lei and Xiaomi .',
].map((s) => s.split(' '));

/** Made-up tag indices (0–8), fixed per position, so that the history differs between words and documents. */
const tagsOf = (words: string[], sentence: number) => words.map((_, i) => (i * 7 + sentence * 3) % 9);

describe('document context', () => {
  it('reads a word the same through the tagger’s shared atoms as through fresh forms, with two documents interleaved', () => {
    const documents = [FIRST, SECOND].map((sentences) => {
      const atoms = sentences.map(sentenceAtoms);
      return { sentences, atoms, byAtoms: DocumentContext.ofForms(atoms), byStrings: new DocumentContext(sentences) };
    });
    // Both documents share the atoms of "new", "york", "Lei", "Apple"…: each context must read its own slot.
    const expectSame = () => {
      for (const d of documents) {
        d.sentences.forEach((words, s) =>
          words.forEach((word, i) => {
            const atoms = d.atoms[s]![i]!;
            expect([d.byAtoms.caseMask(atoms), d.byAtoms.historyType(atoms)]).toEqual([d.byStrings.caseMask(caseForm(word)), d.byStrings.historyType(caseForm(word))]);
          }),
        );
      }
    };
    expectSame();
    for (let s = 0; s < FIRST.length; s++) {
      for (const d of documents) {
        if (s >= d.sentences.length) continue;
        d.byAtoms.recordForms(d.atoms[s]!, tagsOf(d.sentences[s]!, s));
        d.byStrings.record(d.sentences[s]!, tagsOf(d.sentences[s]!, s));
      }
      expectSame();
    }
    // The check reads recorded history, not only the empty start.
    expect(documents.map((d) => d.byAtoms.historyType(sentenceAtoms(['Lei'])[0]!))).not.toEqual([0, 0]);
  });
});
