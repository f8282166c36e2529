/**
 * Scores claim labels against hand-labelled articles (shared/fixtures/seed, shared/labelled):
 * label accuracy (alsoAcceptable counts), per-label P/R/F1, macro-F1, source match,
 * non-claims left unlabelled, and the all-`unsourced` baseline in the same table.
 *
 *   tsx scripts/eval/claims.ts ../shared/fixtures/seed ../shared/labelled
 */
import { pathToFileURL } from 'node:url';
import { analyze } from '../../src/analysis';
import type { ClaimModel } from '../../src/analysis/claims/decide';
import { ARGUING_PROBABILITY, OPINION_THRESHOLD } from '../../src/analysis/claims/data/opinion-weights';
import { decideSentence } from '../../src/analysis/claims/label';
import { ANALYSIS_VERSION, LABELS, type Analysis, type Label, type Sentence, type Span } from '../../src/shared/schema';
import { articleRows, trainClaimModel, type ArticleRows } from '../train-claims';
import { readGoldArticles, type GoldArticle } from './gold';

type Prediction = Label | null;

/** One gold sentence next to the predicted sentence that overlaps it most. */
export interface Alignment {
  article: string;
  gold: GoldArticle['gold']['sentences'][number];
  predicted: Sentence | undefined;
  label: Prediction;
}

export interface LabelScore {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export interface ClaimScores {
  sentences: number;
  accuracy: number;
  baselineAccuracy: number;
  macroF1: number;
  baselineMacroF1: number;
  perLabel: Record<Label, LabelScore>;
  sourceMatch: { matched: number; total: number };
  nonClaimsNull: { matched: number; total: number };
  /** Gold claims wrongly left unlabelled (null). */
  claimsNull: number;
}

export interface ClaimReport {
  markdown: string;
  perArticle: Array<{ name: string; scores: ClaimScores }>;
  overall: ClaimScores;
  errors: Array<{ gold: Label; predicted: Prediction; count: number; example: string }>;
  alignments: Alignment[];
}

/**
 * Fit and leave-one-article-out scores of the decision layer: for each article,
 * a model trained on all the others (the seed, when given, is always in training
 * for the others and scored by a model trained without it). Also a confusion
 * matrix and precision/recall per detector (did it fire on an attributed sentence?).
 */
export function crossValidatedReport(articles: GoldArticle[], outside: ArticleRows[] = []): { markdown: string; fit: ClaimReport; loao: ClaimReport } {
  const rows = articles.map((a) => articleRows(a));
  const byName = new Map(rows.map((r) => [r.article.name, r]));
  const shipped = trainClaimModel([...rows, ...outside]);
  const fit = claimReport(articles, predictor(byName, () => shipped));
  const { loao, foldOf } = leaveOneArticleOut(articles, rows, outside);
  const labelled = articles.filter((a) => a.name !== 'seed');
  const loaoLabelled = labelled.length < articles.length ? claimReport(labelled, predictor(byName, foldOf)) : loao;
  const lines = [
    '### Fit and leave-one-article-out (LOAO) macro-F1 and accuracy per article',
    '',
    `Each article is scored by a model trained on all the others${outside.length ? ` plus ${outside.length} outside sentences` : ''}; "fit" is a model trained on all of them.`,
    '',
    '| article | kind | sentences | fit acc. | LOAO acc. | fit macro-F1 | LOAO macro-F1 |',
    '|---|---|---|---|---|---|---|',
    ...fit.perArticle.map(({ name, scores }, i) => {
      const cv = loao.perArticle[i]!.scores;
      return `| ${name} | ${byName.get(name)!.articleKind} | ${scores.sentences} | ${f(scores.accuracy)} | ${f(cv.accuracy)} | ${f(scores.macroF1)} | ${f(cv.macroF1)} |`;
    }),
    `| **all** | | ${fit.overall.sentences} | ${f(fit.overall.accuracy)} | ${f(loao.overall.accuracy)} | ${f(fit.overall.macroF1)} | ${f(loao.overall.macroF1)} |`,
    ...(loaoLabelled !== loao ? [`| **all but seed** | | ${loaoLabelled.overall.sentences} | | ${f(loaoLabelled.overall.accuracy)} | | ${f(loaoLabelled.overall.macroF1)} |`] : []),
    '',
    `LOAO macro-F1 to three places: ${loao.overall.macroF1.toFixed(3)} (all).`,
    '',
    '| label | fit P | fit R | fit F1 | LOAO P | LOAO R | LOAO F1 | support |',
    '|---|---|---|---|---|---|---|---|',
    ...LABELS.map((l) => {
      const a = fit.overall.perLabel[l];
      const b = loao.overall.perLabel[l];
      return `| ${l} | ${f(a.precision)} | ${f(a.recall)} | ${f(a.f1)} | ${f(b.precision)} | ${f(b.recall)} | ${f(b.f1)} | ${b.support} |`;
    }),
    '',
    '### LOAO confusion matrix (rows: gold, an acceptable prediction counts as gold; columns: predicted)',
    '',
    confusionMatrix(loao.alignments),
    '',
    '### Detectors: precision and recall on the gold sentences (attribution detectors vs gold sourced/vague; opinion vs gold opinion)',
    '',
    detectorTable(rows),
  ];
  return { markdown: lines.join('\n'), fit, loao };
}

/** Each article scored by the decision layer trained on all the others (and the outside rows). */
function leaveOneArticleOut(articles: GoldArticle[], rows: ArticleRows[], outside: ArticleRows[]): { loao: ClaimReport; foldOf: (name: string) => ClaimModel } {
  const byName = new Map(rows.map((r) => [r.article.name, r]));
  const folds = new Map(rows.map((r) => [r.article.name, trainClaimModel([...rows.filter((other) => other !== r), ...outside])]));
  const foldOf = (name: string) => folds.get(name)!;
  return { loao: claimReport(articles, predictor(byName, foldOf)), foldOf };
}

/** Labels an article from its precomputed rows with the model `modelOf` gives for it. */
function predictor(byName: ReadonlyMap<string, ArticleRows>, modelOf: (name: string) => ClaimModel) {
  return (text: string, article: GoldArticle): Analysis => {
    const { rows, articleKind } = byName.get(article.name)!;
    const model = modelOf(article.name);
    return { version: ANALYSIS_VERSION, text, sentences: rows.map((r) => decideSentence(r, model)), entities: [], articleKind };
  };
}

/**
 * How much leave-one-article-out macro-F1 hangs on the article kind's threshold: the score with
 * `ARGUING_PROBABILITY` shifted by each of `shifts` (in training and scoring alike), and the spread
 * (largest minus smallest, the unshifted score included). A score that swings with a small shift is luck.
 */
export function sturdinessReport(articles: GoldArticle[], outsideRows: (arguing: number) => ArticleRows[], shifts: readonly number[] = [-0.02, 0.02]): { markdown: string; spread: number } {
  const scores = [0, ...shifts].map((shift) => {
    const arguing = ARGUING_PROBABILITY + shift;
    const rows = articles.map((a) => articleRows(a, arguing));
    return { shift, macroF1: leaveOneArticleOut(articles, rows, outsideRows(arguing)).loao.overall.macroF1 };
  });
  const values = scores.map((s) => s.macroF1);
  const spread = Math.max(...values) - Math.min(...values);
  const lines = [
    `### Sturdiness: LOAO macro-F1 with the article kind's threshold (ARGUING_PROBABILITY ${ARGUING_PROBABILITY}) shifted`,
    '',
    '| shift | LOAO macro-F1 |',
    '|---|---|',
    ...scores.map((s) => `| ${s.shift >= 0 ? '+' : ''}${s.shift.toFixed(2)} | ${s.macroF1.toFixed(3)} |`),
    '',
    `Spread (largest minus smallest): **${spread.toFixed(3)}**`,
  ];
  return { markdown: lines.join('\n'), spread };
}

function confusionMatrix(alignments: Alignment[]): string {
  const columns: Prediction[] = [...LABELS, null];
  const name = (p: Prediction) => p ?? 'null';
  const lines = [`| gold \\ predicted | ${columns.map(name).join(' | ')} |`, `|---|${columns.map(() => '---').join('|')}|`];
  for (const gold of LABELS) {
    const counts = columns.map((c) => alignments.filter((a) => (isCorrect(a) ? a.label : a.gold.label) === gold && a.label === c).length);
    lines.push(`| ${gold} | ${counts.join(' | ')} |`);
  }
  return lines.join('\n');
}

function detectorTable(articles: ArticleRows[]): string {
  const stats = new Map<string, { fired: number; right: number }>();
  let attributed = 0;
  let opinions = 0;
  for (const { aligned } of articles) {
    for (const { gold, row } of aligned) {
      const isAttributed = gold.label === 'sourced' || gold.label === 'vague';
      const acceptsAttribution = isAttributed || gold.alsoAcceptable.some((l) => l === 'sourced' || l === 'vague');
      if (isAttributed) attributed++;
      if (gold.label === 'opinion') opinions++;
      if (!row) continue;
      const fired = new Map<string, boolean>();
      for (const c of row.evidence.candidates) fired.set(c.detector, acceptsAttribution);
      if (row.evidence.opinion.probability >= OPINION_THRESHOLD) fired.set('opinion', gold.label === 'opinion' || gold.alsoAcceptable.includes('opinion'));
      for (const [detector, right] of fired) {
        const s = stats.get(detector) ?? { fired: 0, right: 0 };
        s.fired++;
        if (right) s.right++;
        stats.set(detector, s);
      }
      for (const [detector, right] of fired) {
        const s = stats.get(`${detector}:recall`) ?? { fired: 0, right: 0 };
        const positive = detector === 'opinion' ? gold.label === 'opinion' : isAttributed;
        if (positive && right) s.right++;
        stats.set(`${detector}:recall`, s);
      }
    }
  }
  const lines = ['| detector | fired | precision | recall |', '|---|---|---|---|'];
  for (const [detector, s] of [...stats].filter(([k]) => !k.endsWith(':recall')).sort(([a], [b]) => a.localeCompare(b))) {
    const hits = stats.get(`${detector}:recall`)!.right;
    lines.push(`| ${detector} | ${s.fired} | ${f(ratio(s.right, s.fired))} | ${f(ratio(hits, detector === 'opinion' ? opinions : attributed))} |`);
  }
  return lines.join('\n');
}

/**
 * Out-of-domain check on CheckThat! subjectivity (a TSV with `sentence` and `label` SUBJ/OBJ columns):
 * each sentence is analysed alone, and an `opinion` label counts as SUBJ. Evaluation only (CC BY-NC-SA).
 */
export function subjectivityReport(tsv: string, analyzeText: (text: string) => Analysis): { markdown: string; macroF1: number } {
  const [header, ...lines] = tsv.split(/\r?\n/u).filter(Boolean);
  const columns = header!.split('\t');
  const sentenceAt = columns.indexOf('sentence');
  const labelAt = columns.indexOf('label');
  const pairs = lines.map((line) => {
    const cells = line.split('\t');
    const predicted = analyzeText(cells[sentenceAt]!).sentences.some((s) => s.label === 'opinion') ? 'SUBJ' : 'OBJ';
    return { gold: cells[labelAt]!, predicted };
  });
  const scores = ['SUBJ', 'OBJ'].map((label) => {
    const tp = pairs.filter((p) => p.predicted === label && p.gold === label).length;
    const precision = ratio(tp, pairs.filter((p) => p.predicted === label).length);
    const recall = ratio(tp, pairs.filter((p) => p.gold === label).length);
    return { label, precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
  });
  const macroF1 = (scores[0]!.f1 + scores[1]!.f1) / 2;
  const majority = Math.max(...['SUBJ', 'OBJ'].map((l) => pairs.filter((p) => p.gold === l).length)) / Math.max(1, pairs.length);
  const markdown = [
    `${pairs.length} sentences; macro-F1 **${f(macroF1)}** (majority-class accuracy ${f(majority)}, macro-F1 of always-majority ${f(majority / (1 + majority))})`,
    '',
    '| class | precision | recall | F1 |',
    '|---|---|---|---|',
    ...scores.map((s) => `| ${s.label} | ${f(s.precision)} | ${f(s.recall)} | ${f(s.f1)} |`),
  ].join('\n');
  return { markdown, macroF1 };
}

/**
 * Attribution against GUM's gold eRST attribution (derived/gum_sentences.tsv: doc, attribution 0/1,
 * attr_source, text): each document is analysed with one sentence per line; a sentence counts as
 * attributed when it is labelled sourced or vague, and its source as right when it overlaps the gold
 * source's words. Wikinews news and interviews (CC-BY 2.5 text, CC-BY 4.0 annotations).
 */
export function attributionReport(tsv: string, analyzeText: (text: string) => Analysis): { markdown: string; f1: number; rows: AttributionRow[] } {
  const [header, ...lines] = tsv.split(/\r?\n/u).filter(Boolean);
  const columns = header!.split('\t');
  const at = (name: string) => columns.indexOf(name);
  const docs = new Map<string, Array<{ attributed: boolean; source: string; text: string }>>();
  for (const line of lines) {
    const cells = line.split('\t');
    const doc = cells[at('doc')]!;
    const list = docs.get(doc) ?? [];
    list.push({ attributed: cells[at('attribution')] === '1', source: cells[at('attr_source')] ?? '', text: cells[at('text')] ?? '' });
    docs.set(doc, list);
  }
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let sourceRight = 0;
  let sourceTotal = 0;
  const rows: AttributionRow[] = [];
  for (const [doc, sentences] of docs) {
    let offset = 0;
    const spans = sentences.map((g) => {
      const span = { start: offset, end: offset + g.text.length };
      offset = span.end + 1;
      return span;
    });
    const analysis = analyzeText(sentences.map((g) => g.text).join('\n'));
    sentences.forEach((g, i) => {
      const predicted = bestOverlap(spans[i]!, analysis.sentences);
      const attributed = predicted?.label === 'sourced' || predicted?.label === 'vague';
      if (attributed && g.attributed) tp++;
      else if (attributed) fp++;
      else if (g.attributed) fn++;
      const gold = g.source.split('||')[0]!.trim();
      let sourceShared: boolean | undefined;
      if (g.attributed && gold && !/^(?:i|we)$/iu.test(gold)) {
        sourceTotal++;
        const words = (x: string) => new Set(x.toLowerCase().match(/\p{L}{2,}/gu) ?? []);
        const goldWords = words(gold);
        sourceShared = attributed && [...words(predicted!.source?.text ?? '')].some((w) => goldWords.has(w));
        if (sourceShared) sourceRight++;
      }
      rows.push({ doc, text: g.text, attributed: g.attributed, goldSource: gold, predicted: attributed, label: predicted?.label ?? null, source: predicted?.source?.text ?? '', sourceShared });
    });
  }
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const markdown = [
    `${docs.size} documents, ${tp + fn} attributed sentences: precision ${f(precision)}, recall ${f(recall)}, F1 **${f(f1)}**; source shares a word with the gold source in ${sourceRight}/${sourceTotal}.`,
  ].join('\n');
  return { markdown, f1, rows };
}

/** One GUM sentence: gold attribution and source beside the engine's label and source (for reading misses). */
export interface AttributionRow {
  doc: string;
  text: string;
  attributed: boolean;
  goldSource: string;
  predicted: boolean;
  label: Prediction;
  source: string;
  /** Whether the predicted source shares a word with the gold one; undefined when the gold has none to compare. */
  sourceShared: boolean | undefined;
}

export function claimReport(articles: GoldArticle[], analyzeText: (text: string, article: GoldArticle) => Analysis): ClaimReport {
  const perArticle: ClaimReport['perArticle'] = [];
  const allAlignments: Alignment[] = [];
  const allNonClaims: Prediction[] = [];
  for (const article of articles) {
    const analysis = analyzeText(article.text, article);
    const alignments = align(article, analysis);
    const nonClaims = [...article.gold.headings, ...article.gold.nonClaims].map((span) => bestOverlap(span, analysis.sentences)?.label ?? null);
    allAlignments.push(...alignments);
    allNonClaims.push(...nonClaims);
    perArticle.push({ name: article.name, scores: score(alignments, nonClaims) });
  }
  const overall = score(allAlignments, allNonClaims);
  const errors = topErrors(allAlignments);
  return { markdown: render(perArticle, overall, errors), perArticle, overall, errors, alignments: allAlignments };
}

function align(article: GoldArticle, analysis: Analysis): Alignment[] {
  return article.gold.sentences.map((gold) => {
    const predicted = bestOverlap(gold, analysis.sentences);
    return { article: article.name, gold, predicted, label: predicted?.label ?? null };
  });
}

/** The predicted sentence sharing the most characters with `span` (segmentations may differ). */
function bestOverlap(span: Span, sentences: Sentence[]): Sentence | undefined {
  let best: Sentence | undefined;
  let bestShare = 0;
  for (const sentence of sentences) {
    const share = Math.min(span.end, sentence.end) - Math.max(span.start, sentence.start);
    if (share > bestShare) {
      best = sentence;
      bestShare = share;
    }
  }
  return best;
}

export function isCorrect(a: { label: Prediction; gold: Alignment['gold'] }): boolean {
  return a.label !== null && (a.label === a.gold.label || a.gold.alsoAcceptable.includes(a.label));
}

function score(alignments: Alignment[], nonClaims: Prediction[]): ClaimScores {
  const baseline = alignments.map((a) => ({ ...a, label: 'unsourced' as Prediction }));
  const present = LABELS.filter((label) => alignments.some((a) => a.gold.label === label));
  const perLabel = labelScores(alignments);
  const baselinePerLabel = labelScores(baseline);
  const macro = (scores: Record<Label, LabelScore>) => (present.length === 0 ? 0 : present.reduce((sum, l) => sum + scores[l].f1, 0) / present.length);
  const withSource = alignments.filter((a) => a.gold.source && (a.gold.label === 'sourced' || a.gold.label === 'vague'));
  return {
    sentences: alignments.length,
    accuracy: ratio(alignments.filter(isCorrect).length, alignments.length),
    baselineAccuracy: ratio(baseline.filter(isCorrect).length, baseline.length),
    macroF1: macro(perLabel),
    baselineMacroF1: macro(baselinePerLabel),
    perLabel,
    sourceMatch: { matched: withSource.filter((a) => sourceMatches(a.gold.source!, a.predicted)).length, total: withSource.length },
    nonClaimsNull: { matched: nonClaims.filter((l) => l === null).length, total: nonClaims.length },
    claimsNull: alignments.filter((a) => a.label === null).length,
  };
}

/** Per-label scores; a prediction listed in `alsoAcceptable` counts as the gold label. */
function labelScores(alignments: Alignment[]): Record<Label, LabelScore> {
  const scores = {} as Record<Label, LabelScore>;
  for (const label of LABELS) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const a of alignments) {
      const gold = isCorrect(a) ? a.label : a.gold.label;
      if (a.label === label && gold === label) tp++;
      else if (a.label === label) fp++;
      else if (gold === label) fn++;
    }
    const precision = ratio(tp, tp + fp);
    const recall = ratio(tp, tp + fn);
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    scores[label] = { precision, recall, f1, support: tp + fn };
  }
  return scores;
}

/** Source names match when one contains the other or they share a capitalised name word. */
function sourceMatches(gold: string, predicted: Sentence | undefined): boolean {
  const source = predicted?.source?.text;
  if (!source || (predicted.label !== 'sourced' && predicted.label !== 'vague')) return false;
  const a = normalise(gold);
  const b = normalise(source);
  if (a.includes(b) || b.includes(a)) return true;
  const names = (s: string) => new Set(s.match(/\p{Lu}[\p{L}-]{2,}/gu) ?? []);
  const goldNames = names(gold);
  return [...names(source)].some((n) => goldNames.has(n) && !/^(?:The|University|Center|Research|Dr)$/u.test(n));
}

function normalise(s: string): string {
  return s.toLowerCase().replace(/\u00ad/g, '').replace(/[’']s\b/g, '').replace(/^(?:the|a|an)\s+/u, '').trim();
}

function topErrors(alignments: Alignment[]): ClaimReport['errors'] {
  const byPair = new Map<string, ClaimReport['errors'][number]>();
  for (const a of alignments) {
    if (isCorrect(a)) continue;
    const key = `${a.gold.label}→${a.label}`;
    const entry = byPair.get(key);
    if (entry) entry.count++;
    else byPair.set(key, { gold: a.gold.label, predicted: a.label, count: 1, example: `${a.article}: ${a.gold.text.slice(0, 110)}` });
  }
  return [...byPair.values()].sort((x, y) => y.count - x.count).slice(0, 3);
}

function ratio(n: number, d: number): number {
  return d === 0 ? 0 : n / d;
}

const f = (x: number) => x.toFixed(2);
const frac = ({ matched, total }: { matched: number; total: number }) => (total === 0 ? '–' : `${matched}/${total}`);

/** Headings and non-claims left unlabelled, scored like a label: null is right for them and wrong for claims. */
function nonClaimRow(s: ClaimScores): string {
  const { matched, total } = s.nonClaimsNull;
  const precision = ratio(matched, matched + s.claimsNull);
  const recall = ratio(matched, total);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return `| non-claim (null) | ${f(precision)} | ${f(recall)} | ${f(f1)} | ${total} |`;
}

function render(perArticle: ClaimReport['perArticle'], overall: ClaimScores, errors: ClaimReport['errors']): string {
  const rows = [...perArticle, { name: '**overall**', scores: overall }];
  const lines = [
    '| article | sentences | accuracy | all-unsourced acc. | macro-F1 | all-unsourced macro-F1 | source match | non-claims → null |',
    '|---|---|---|---|---|---|---|---|',
    ...rows.map(({ name, scores: s }) =>
      `| ${name} | ${s.sentences} | ${f(s.accuracy)} | ${f(s.baselineAccuracy)} | ${f(s.macroF1)} | ${f(s.baselineMacroF1)} | ${frac(s.sourceMatch)} | ${frac(s.nonClaimsNull)} |`,
    ),
    '',
    '| label (overall) | precision | recall | F1 | support |',
    '|---|---|---|---|---|',
    ...LABELS.map((l) => `| ${l} | ${f(overall.perLabel[l].precision)} | ${f(overall.perLabel[l].recall)} | ${f(overall.perLabel[l].f1)} | ${overall.perLabel[l].support} |`),
    nonClaimRow(overall),
    '',
    'Most frequent errors (gold → predicted):',
    ...(errors.length === 0 ? ['- none'] : errors.map((e) => `- ${e.gold} → ${e.predicted ?? 'null'} (${e.count}), e.g. ${e.example}`)),
  ];
  return lines.join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const paths = process.argv.slice(2);
  if (paths.length === 0) {
    console.error('usage: tsx scripts/eval/claims.ts GOLD_FOLDER...');
    process.exit(2);
  }
  for (const path of paths) {
    const report = claimReport(readGoldArticles(path), (text) => analyze(text));
    console.log(`## ${path}\n\n${report.markdown}\n`);
  }
}
