/** One sentence of a CoNLL file: its tokens and the lines they came from. */
export interface ConllSentence {
  words: string[];
  /** The gold tag of each token, when the file has one. */
  gold: string[];
  lines: number[];
  /** The sentence as written, when the file gives it (a `# text = …` comment, as Universal NER's files do). */
  text?: string;
}

const DOCSTART = '-DOCSTART-';
// CoNLL-U style files (Universal NER) mark documents with a comment.
const NEWDOC = /^#\s*newdoc\b/u;
const SENTENCE_TEXT = /^#\s*text\s*=\s?(.*)$/u;
const TAG = /^(?:O|[BIES]-[A-Z]+)$/;
// A Reuters story opens with a headline and then a dateline ("BRUSSELS 1996-08-22").
const DATELINE_DATE = /^\d{4}-\d{2}-\d{2}$/;

function columnsOf(line: string): string[] {
  return line.includes('\t') ? line.split('\t') : line.trim().split(/\s+/);
}

/** The token of a line: the first column, or the second after a numeric id in tab-separated CoNLL-U style. */
function tokenOf(line: string, columns: string[]): string {
  const conllu = line.includes('\t') && /^\d+$/.test(columns[0]!) && columns[1] !== undefined;
  return conllu ? columns[1]! : columns[0]!;
}

/**
 * Reads CoNLL-format text into documents of sentences. Documents split at
 * `-DOCSTART-` or `# newdoc` lines; a file without them splits where a Reuters dateline follows
 * a headline, so that document-level features see one story at a time.
 */
export function parseConll(input: string): ConllSentence[][] {
  const lines = input.split(/\r?\n/);
  const documents: ConllSentence[][] = [[]];
  let sentence: ConllSentence | undefined;
  let sawDocstart = false;
  let written: string | undefined;
  const close = (): void => {
    if (sentence) documents[documents.length - 1]!.push(sentence);
    sentence = undefined;
  };
  lines.forEach((line, index) => {
    if (line.trim() === '' || (line.startsWith('#') && !NEWDOC.test(line))) {
      close();
      written = SENTENCE_TEXT.exec(line)?.[1] ?? written;
      return;
    }
    const columns = columnsOf(line);
    if (columns[0] === DOCSTART || NEWDOC.test(line)) {
      close();
      sawDocstart = true;
      if (documents[documents.length - 1]!.length > 0) documents.push([]);
      return;
    }
    if (!sentence) {
      sentence = { words: [], gold: [], lines: [], ...(written === undefined ? {} : { text: written }) };
      written = undefined;
    }
    sentence.words.push(tokenOf(line, columns));
    sentence.gold.push([...columns].reverse().find((c) => TAG.test(c)) ?? 'O');
    sentence.lines.push(index);
  });
  close();
  const nonEmpty = documents.filter((d) => d.length > 0);
  return sawDocstart ? nonEmpty : nonEmpty.flatMap(splitAtDatelines);
}

function splitAtDatelines(sentences: ConllSentence[]): ConllSentence[][] {
  const documents: ConllSentence[][] = [];
  let current: ConllSentence[] = [];
  sentences.forEach((sentence, i) => {
    const next = sentences[i + 1];
    if (next && isDateline(next.words) && current.length > 0) {
      documents.push(current);
      current = [];
    }
    current.push(sentence);
  });
  if (current.length > 0) documents.push(current);
  return documents;
}

function isDateline(words: string[]): boolean {
  return words.length >= 2 && DATELINE_DATE.test(words[words.length - 1]!);
}
