import type { ArticleKind, Cue, Label, Sentence, Source, Span } from '../../shared/schema';
import { declaredKind, type SectionPatterns } from '../claims/article-kind';
import { buildArticleView } from '../claims/article-view';
import { carriesClaim, pageHost, sourceHost } from '../claims/detectors/link';
import { nonClaimKind } from '../claims/non-claims';
import type { ClaimContext } from '../claims/types';
import { splitWords, type Word } from '../claims/words';
import type { Mention } from '../entities/types';
import { firstEndingAfter } from '../spans';
import type { ClaimLexicon, ReportingKind } from './types';

/**
 * What a claims stage without a trained decision layer reads: the pack's words and
 * patterns. Patterns are regular-expression sources, matched case-sensitively (capitals
 * tell names and nouns apart); group `source` of an attribution pattern holds who is cited.
 */
export interface LexicalClaimData {
  lexicon: ClaimLexicon;
  /** Split forms of separable verbs ("teilte" of "teilte … mit"): they report only with their particle later in the sentence. */
  separableForms: ReadonlyMap<string, ReadonlyArray<{ lemma: string; kind: ReportingKind; particle: string }>>;
  /** Particles of separable verbs ("statt", "ab"): one closing the clause makes its verb another one ("findet … statt" is no "finden"). */
  separableParticles: ReadonlySet<string>;
  /** Lemmas of verbs that report only what they open ("dass …", a colon, a quotation): "fand Nahrung" reports nothing. */
  openingVerbs: ReadonlySet<string>;
  /** Participles: after an auxiliary of the passive ("wird … diskutiert", "bestätigt werden") only an agent after "von" is a speaker. */
  participles: ReadonlySet<string>;
  /** Zu-infinitives with a joined particle ("darzulegen"): like "zu sagen", they report nothing of their own. */
  zuInfinitives: ReadonlySet<string>;
  /**
   * Lemmas of verbs of naming ("nennen"): with a noun or name last in their clause they name ("LCI nennt es BMW", "auch
   * Zöliakie genannt"); they report an evaluation (a lower-case predicate, "nennt den Vorfall besorgniserregend"), a
   * quotation, what a colon opens or a list after `listMarkers` ("Als Grund nennt er …").
   */
  namingVerbs: ReadonlySet<string>;
  /** Words that make a naming verb list what it names as something ("als"). */
  listMarkers: ReadonlySet<string>;
  /**
   * Lemmas of verbs of showing ("zeigen"): a thing that shows something is no source ("Prototypen zeigten bereits, was …");
   * a document (`documentNouns`, also ending a compound: "Jahresbericht"), a person or a body is.
   */
  showingVerbs: ReadonlySet<string>;
  /**
   * A court, lower case: as a clause's subject it is the speaker of the reported speech (Konjunktiv I) that follows,
   * whatever its verb ("Die Einwendung ließ das OLG nicht gelten. Selbst wenn die Verfügung Mängel habe, …"):
   * whole words ("olg", "bgh") and endings ("gericht": "Landgericht"; "richterin").
   */
  courts: { words: ReadonlySet<string>; endings: readonly string[] };
  /** Conjunctions that join clauses of the same rank ("und", "aber"): after a comma they open no reported clause. */
  coordinators: ReadonlySet<string>;
  /** Relative pronouns: after a comma one opens a clause that describes a noun ("zeigen Kim, der lächelnd …"), not what a verb reports. */
  relativePronouns: ReadonlySet<string>;
  /** "laut X", "X zufolge", "so X": a source without a verb of saying. */
  accordingTo: readonly string[];
  /** A report with nobody named: "hieß es", "es heißt". */
  agentless: readonly string[];
  /** Verb forms that mark reported speech on their own (Konjunktiv I), carrying the last speaker on. */
  reportedSpeechMarkers: ReadonlySet<string>;
  /** Quotation marks, either way round: news sites mix them („…", "…“), so each mark's neighbours say whether it opens or closes. */
  quoteMarks: ReadonlySet<string>;
  /** Pronouns that point back at the last speaker ("er", "sie"). */
  speakerPronouns: ReadonlySet<string>;
  /** Pronouns of the author's own voice: a belief verb after them is the author's opinion ("ich glaube"). */
  firstPersonPronouns: ReadonlySet<string>;
  /** Pronouns for nobody in particular ("man", "wer"): as a verb's subject they name no source. */
  genericPronouns: ReadonlySet<string>;
  /** Finite auxiliaries and modals ("hatte", "kann"): right after a pronoun they make it a demonstrative in a main clause ("das hatte er"), not a relative one. */
  finiteAuxiliaries: ReadonlySet<string>;
  /** Adverbs between an inverted verb and its subject ("sagte auch der Sprecher"). */
  subjectSkips: ReadonlySet<string>;
  /** Articles and determiners that open a source's noun phrase ("der Sprecher", "ein Sprecher"). */
  determiners: ReadonlySet<string>;
  /** Indefinite determiners: "eine Studie" names no document one could find. */
  indefinites: ReadonlySet<string>;
  /** Month names, lower case: a date is a checkable detail. */
  months: ReadonlySet<string>;
  /** "nach eigenen Angaben", "demnach": the sentence reports its own subject's or the last source's words. */
  selfReported: readonly string[];
  /** "demnach", "den Angaben zufolge": the sentence goes on reporting the last source. */
  carried: readonly string[];
  /** "der nicht genannt werden will": a source that asks not to be named is vague. */
  anonymous: readonly string[];
  /** Words before a verb that make it an infinitive ("zu sprechen"), not a report. */
  infinitiveMarkers: ReadonlySet<string>;
  /** Words after a verb of finding that open what was found ("dass", "wonach"). */
  contentOpeners: ReadonlySet<string>;
  /** Lines that are the site's furniture, not the story ("Mehr zu diesem Thema:"). */
  boilerplate: readonly string[];
  /** Endings of an inflected adjective, so that "katastrophale" counts as "katastrophal". */
  adjectiveEndings: ReadonlySet<string>;
  /** Auxiliaries of the passive: "wird … verlangt" names no speaker in its subject. */
  passiveAuxiliaries: ReadonlySet<string>;
  /** Words that open a clause but cannot say anything: "Das geht", "So gibt es". */
  nonSources: ReadonlySet<string>;
  /** Reflexive pronouns: "ergibt sich", "zeigt sich" report nothing. */
  reflexives: ReadonlySet<string>;
  /** Conjunctions that open a subordinate clause ("solange", "weil"): its verb comes last, its subject right after them. */
  subordinators: ReadonlySet<string>;
  /** Determiners of the accusative, dative or genitive only ("den", "dem"): a phrase they open after a verb is its object, not its subject. */
  objectDeterminers: ReadonlySet<string>;
  /** Prepositions: a noun phrase one governs is not the clause's subject ("Von den Autohäusern …"). */
  prepositions: ReadonlySet<string>;
  /** Determiners the same in the nominative and the accusative ("die", "das"): after a verb they open its subject or its object. */
  caseAmbiguousDeterminers: ReadonlySet<string>;
  /** Nouns for a document, lower case ("studie", "bericht"): a link over one carries the claim, however short. */
  documentNouns: ReadonlySet<string>;
  /** Nouns for a person that name nobody ("Mann", "Aktivistin"): such a subject is whom a later "er" means, a vague source. */
  unnamedPersons: ReadonlySet<string>;
  /** Endings of a noun for an office that speaks for a body ("Sprecher", "Pressesprecherin"): even unnamed ("ein Sprecher") it is not vague. */
  officeEndings: readonly string[];
  /** Endings of a plural verb ("fürchten"): its pronoun ("sie") means the last source, not the last person. */
  pluralEndings: readonly string[];
  /** A dateline alone on its line ("Wiesbaden (KNA/iz)."). */
  datelines: readonly string[];
  /** A section name or address path of the author's opinion ("Kommentar", "/meinung/"), matched case-insensitively. */
  opinionSections: string;
  /** A page's host that says the page is the author's own writing ("blog.example.de", "tafelblog.de"), matched case-insensitively. */
  opinionHosts: string;
  /**
   * The author taking a stance ("ich erwarte", "man muss"), lower case, whole words: enough on its own for an opinion.
   * A " … " in a phrase stands for up to `PHRASE_GAP_WORDS` words of the same clause ("hätte … müssen").
   */
  stances: readonly string[];
  /** A section name or address path of a review ("Rezension", "/kritik/"), matched case-insensitively. */
  reviewSections: string;
}

/** In a column or review the author's evaluative word is enough for an opinion; in a report it takes two. */
const OPINION_SCORE_IN_COLUMNS = 1;

/** A quotation of this many words or fewer is a term or a scare quote („Pro Rata“), not reported speech. */
const SCARE_QUOTE_MAX_WORDS = 3;

/** How many sentences back a speaker carries over to reported speech without its own verb. */
const CARRY_SENTENCES = 3;
/** Evaluative weight at which an unattributed sentence is the author's opinion. */
const OPINION_SCORE = 2;
const MAX_FACT_CUES = 3;

interface Attribution {
  source: Source;
  vague: boolean;
  cues: Cue[];
}

/** Whom a pronoun ("er", "sie") can mean: a named person, or one that names nobody ("Der Mann"), which is vague. */
interface Antecedent {
  source: Source;
  vague: boolean;
}

/**
 * Labels sentences from the pack's words alone: a named source (verb of saying, "laut X",
 * "X zufolge", a quotation's speaker, reported speech in Konjunktiv I carrying the last
 * speaker over) makes a claim sourced, an unnamed one vague; of the rest, evaluative,
 * hedged and first-person wording makes an opinion and everything else is unsourced.
 */
export function labelLexically(data: LexicalClaimData, text: string, spans: Span[], context: ClaimContext): { sentences: Sentence[]; articleKind: ArticleKind } {
  // The shared non-claim rules read straight quotes; folding the language's marks keeps every offset.
  const view = buildArticleView(text.replace(/[„“”»«]/gu, '"').replace(/[‚‘’]/gu, "'"), spans, context, []);
  const quotes = findQuotes(text, data.quoteMarks);
  const isQuoted = (offset: number) => quoteAt(quotes, offset) !== undefined;
  const patterns = compile(data);
  const ownHost = pageHost(context.meta?.url);
  // A page that says nothing of its kind, on a host that does not either, is taken for news: these rules have no measure of the author's voice.
  const articleKind = declaredKind(context.meta, patterns.sections) ?? (ownHost && patterns.opinionHosts.test(ownHost) ? 'opinion' : 'news');
  const opinionScore = articleKind === 'news' ? OPINION_SCORE : OPINION_SCORE_IN_COLUMNS;
  const mentions = [...context.mentions].sort((a, b) => a.start - b.start);
  let last: { attribution: Attribution; index: number; paragraph: number } | undefined;
  let lastPerson: Antecedent | undefined;
  let lastCourt: { attribution: Attribution; index: number; paragraph: number } | undefined;
  let nextMention = 0;
  const sentences = spans.map((span, index): Sentence => {
    const sentenceText = text.slice(span.start, span.end);
    const words = splitWords(text, span, isQuoted);
    while (nextMention < mentions.length && mentions[nextMention]!.start < span.start) nextMention++;
    const inside: Mention[] = [];
    for (let m = nextMention; m < mentions.length && mentions[m]!.start < span.end; m++) if (mentions[m]!.end <= span.end) inside.push(mentions[m]!);
    const sentenceView = view.sentences[index]!;
    const recentSource = last && index - last.index <= CARRY_SENTENCES ? last.attribution : undefined;
    const cited = accordingTo(data, patterns.accordingTo, text, span, words, inside);
    // "er" points at a person: a vague "heißt es" cannot be its antecedent, the last person can ("Der Mann" names nobody: vague).
    const pronounTarget: Antecedent | undefined = recentSource && !recentSource.vague ? recentSource : (lastPerson ?? recentSource);
    const said = reportingVerb(data, words, inside, pronounTarget, recentSource);
    // "Steinmeier sagte laut Manuskript": a named speaker outranks the document that records the words.
    const namedSpeaker = said && !said.vague && inside.some((m) => m.start === said.source.start && m.end === said.source.end) ? said : undefined;
    let attribution =
      namedSpeaker ??
      // "Es handle sich demnach um …, so ein Sprecher": a source the sentence names outranks the one "demnach" carries.
      (cited && !cited.vague ? cited : undefined) ??
      carriedOn(patterns.carried, text, span, recentSource) ??
      cited ??
      said ??
      selfReported(data, patterns.selfReported, text, span, words, inside, recentSource) ??
      linked(data, sentenceView.links, span, words, ownHost) ??
      colonSpeaker(data, words, inside);
    if (attribution && !attribution.vague && patterns.anonymous.some((p) => p.test(sentenceText))) {
      attribution = { ...attribution, vague: true, cues: [...attribution.cues, { kind: 'vague-source', start: attribution.source.start, end: attribution.source.end }] };
    }
    const quoted = words.some((w) => w.quoted);
    const reported = words.find((w) => !w.quoted && w.text === w.lower && data.reportedSpeechMarkers.has(w.lower));
    // "hieß es" names nobody, whatever the mood of the verbs around it.
    if (!attribution) attribution = agentless(patterns.agentless, text, span);
    const recent = last && index - last.index <= CARRY_SENTENCES && sentenceView.paragraph - last.paragraph <= 1 ? last : undefined;
    // A court's reasoning in reported speech is the court's: one named as a subject before the reported verb ("Dabei erachtete
    // das Gericht den Einwand, die Ansprüche seien verjährt, …"), or else since the last speaker in an earlier sentence. A court
    // after the reported verb is the reasoning's topic ("Im Saal habe der Richter die Sitzungsgewalt inne"), not its speaker.
    const named = courtSubject(data, words, inside);
    const court = named && (!reported || named.source.start < reported.start) ? named : undefined;
    if (court) lastCourt = { attribution: court, index, paragraph: sentenceView.paragraph };
    const recentCourt = lastCourt && index - lastCourt.index <= CARRY_SENTENCES && sentenceView.paragraph - lastCourt.paragraph <= 1 && (!recent || lastCourt.index >= recent.index) ? lastCourt : undefined;
    if (!attribution && reported && recentCourt) attribution = { ...recentCourt.attribution, cues: [{ kind: 'quote-continuation', start: reported.start, end: reported.end }] };
    if (!attribution && recent && (quoted || reported)) {
      const marker = reported ?? words.find((w) => w.quoted)!;
      attribution = { ...recent.attribution, cues: [{ kind: 'quote-continuation', start: marker.start, end: marker.end }] };
    }
    // A name inside a quotation is the speaker's subject ("zu Mr. Gay Germany gewählt"), not a later "er".
    const unnamed = unnamedPerson(data, words, inside);
    if (unnamed) lastPerson = { source: unnamed, vague: true };
    for (const m of inside) if (m.type === 'PER' && !isQuoted(m.start)) lastPerson = { source: spanOf(m), vague: false };
    const trimmed = sentenceText.trim();
    const nonClaim = patterns.boilerplate.some((p) => p.test(trimmed))
      ? 'boilerplate'
      : patterns.datelines.some((p) => p.test(trimmed))
        ? 'dateline'
        : nonClaimKind(sentenceView, view, attribution !== undefined);
    const opinion = opinionOf(data, sentenceText, span.start, words);
    const base = { start: span.start, end: span.end, text: sentenceText, subjective: opinion.score >= opinionScore };
    if (nonClaim) return { ...base, label: null, nonClaim, cues: [] };
    if (attribution) {
      // "(MANNSCHAFT berichtete bereits 2019 über …)": an aside in parentheses does not take over the speaker.
      if (!/^\(.*\)\W*$/su.test(trimmed)) last = { attribution, index, paragraph: sentenceView.paragraph };
      const label: Label = attribution.vague ? 'vague' : 'sourced';
      return { ...base, label, source: attribution.source, cues: attribution.cues };
    }
    if (opinion.score >= opinionScore) return { ...base, label: 'opinion', cues: opinion.cues };
    return { ...base, label: 'unsourced', cues: factCues(data, words, inside) };
  });
  return { sentences: withClosingSpeakers(sentences, quotes), articleKind };
}

/**
 * A quotation over several sentences whose speaker is named where it closes („… Arbeitsmarkt verwirklichen
 * können. Finanzielle Unabhängigkeit …“, betonte Raab): its earlier sentences are the same speaker's, as the
 * English quote-speaker detector reads them. Only a sentence the stage left unsourced or opinion or gave a speaker
 * carried on, and only a speaker named by a cue after the closing mark, not one carried on itself.
 */
function withClosingSpeakers(sentences: Sentence[], quotes: readonly Span[]): Sentence[] {
  return sentences.map((sentence, index) => {
    // A speaker carried on from an earlier sentence is a guess the closing one corrects („Das Virus nutzt …«, sagte Ian Jones).
    const carried = (sentence.label === 'sourced' || sentence.label === 'vague') && sentence.cues.length > 0 && sentence.cues.every((c) => c.kind === 'quote-continuation');
    if (sentence.label !== 'unsourced' && sentence.label !== 'opinion' && !carried) return sentence;
    const open = sentence.text.search(/[\p{L}\p{N}]/u);
    const quote = quoteAt(quotes, sentence.start + Math.max(0, open)) ?? quotes.find((q) => q.start >= sentence.start && q.start < sentence.end);
    if (!quote || quote.end <= sentence.end) return sentence;
    const closing = sentences.slice(index + 1).find((s) => s.start < quote.end && quote.end <= s.end);
    if (!closing?.source || (closing.label !== 'sourced' && closing.label !== 'vague')) return sentence;
    if (!closing.cues.some((c) => c.kind !== 'quote-continuation' && c.kind !== 'link' && c.start >= quote.end)) return sentence;
    const cue: Cue = { kind: 'quote', start: Math.max(quote.start, sentence.start), end: Math.min(quote.end, sentence.end) };
    return { ...sentence, label: closing.label, source: closing.source, cues: [cue] };
  });
}

interface CompiledPatterns {
  sections: SectionPatterns;
  opinionHosts: RegExp;
  accordingTo: RegExp[];
  agentless: RegExp[];
  selfReported: RegExp[];
  carried: RegExp[];
  anonymous: RegExp[];
  boilerplate: RegExp[];
  datelines: RegExp[];
}

const compiled = new WeakMap<LexicalClaimData, CompiledPatterns>();

function compile(data: LexicalClaimData): CompiledPatterns {
  let patterns = compiled.get(data);
  if (!patterns) {
    patterns = {
      sections: { review: new RegExp(data.reviewSections, 'iu'), opinion: new RegExp(data.opinionSections, 'iu') },
      opinionHosts: new RegExp(data.opinionHosts, 'iu'),
      accordingTo: data.accordingTo.map((p) => new RegExp(p, 'gu')),
      agentless: data.agentless.map((p) => new RegExp(p, 'u')),
      selfReported: data.selfReported.map((p) => new RegExp(p, 'u')),
      carried: data.carried.map((p) => new RegExp(p, 'u')),
      anonymous: data.anonymous.map((p) => new RegExp(p, 'u')),
      boilerplate: data.boilerplate.map((p) => new RegExp(p, 'u')),
      datelines: data.datelines.map((p) => new RegExp(p, 'u')),
    };
    compiled.set(data, patterns);
  }
  return patterns;
}

/**
 * Quotations: a mark after a space or line start opens, a mark before a space, punctuation or
 * line end closes; each opening pairs with the next closing on its line.
 */
function findQuotes(text: string, marks: ReadonlySet<string>): Span[] {
  const quotes: Span[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n') open = -1;
    if (!marks.has(ch)) continue;
    const before = i === 0 ? ' ' : text[i - 1]!;
    const after = i + 1 < text.length ? text[i + 1]! : ' ';
    const opens = /[\s([{\u2013\u2014/-]/u.test(before) && !/\s/u.test(after);
    if (open === -1 && opens) open = i;
    else if (open !== -1 && !/\s/u.test(before) && /[\s.,;:!?)\]\u2013\u2014-]/u.test(after) && i > open + 1) {
      if (text.slice(open + 1, i).trim().split(/\s+/u).length > SCARE_QUOTE_MAX_WORDS) quotes.push({ start: open, end: i + 1 });
      open = -1;
    }
  }
  return quotes;
}

/** The quotation strictly around `offset` (quotes are sorted and do not overlap). */
function quoteAt(quotes: readonly Span[], offset: number): Span | undefined {
  // Inside the marks: after the opening one, before the closing one.
  const q = quotes[firstEndingAfter(quotes, offset + 1)];
  return q && q.start < offset ? q : undefined;
}

/** The last word of a phrase, lower case: what its source is ("Sprecher" of "ein Sprecher des Ministeriums" is its first noun). */
function headOf(phrase: readonly Word[], determiners: ReadonlySet<string>): Word | undefined {
  return phrase.find((w) => /^\p{Lu}/u.test(w.text) && !determiners.has(w.lower)) ?? phrase.at(-1);
}

function isVague(data: LexicalClaimData, phrase: readonly Word[], mentions: readonly Mention[]): boolean {
  if (phrase.some((w) => mentions.some((m) => m.start <= w.start && w.end <= m.end))) return false;
  const head = headOf(phrase, data.determiners);
  if (!head) return true;
  if (data.lexicon.vagueHeads.has(head.lower)) return true;
  // "so ein Sprecher": an office speaks for the body the story is about, whichever holder it is.
  if (data.officeEndings.some((ending) => head.lower.endsWith(ending))) return false;
  // "eine Studie", "ein Gutachten": an indefinite report names nothing one could find.
  return data.indefinites.has(phrase[0]?.lower ?? '') && !phrase.some((w) => /^\p{Lu}/u.test(w.text) && w !== head && !data.determiners.has(w.lower));
}

function accordingTo(data: LexicalClaimData, patterns: readonly RegExp[], text: string, span: Span, words: readonly Word[], mentions: readonly Mention[]): Attribution | undefined {
  const sentence = text.slice(span.start, span.end);
  for (const pattern of patterns) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(sentence); match; match = pattern.exec(sentence)) {
      const group = match.groups?.source;
      if (!group?.trim()) continue;
      const start = span.start + match.index + match[0].indexOf(group);
      const trimmed = group.trim();
      const sourceStart = start + group.indexOf(trimmed);
      const sourceEnd = sourceStart + trimmed.length;
      const phrase = words.filter((w) => w.start < sourceEnd && w.end > sourceStart);
      if (phrase.length === 0 || phrase.some((w) => w.quoted)) continue;
      const source = { start: sourceStart, end: sourceEnd, text: text.slice(sourceStart, sourceEnd) };
      const cue: Cue = { kind: 'according-to', start: span.start + match.index, end: span.start + match.index + match[0].length };
      const vague = isVague(data, phrase, mentions);
      return { source, vague, cues: vague ? [{ ...cue, kind: 'vague-source' }] : [cue] };
    }
  }
  return undefined;
}

/** A verb of saying outside quotations and who said it: a name in the sentence, the noun phrase by the verb, or the last person for a pronoun. */
function reportingVerb(data: LexicalClaimData, words: readonly Word[], mentions: readonly Mention[], lastPerson: Antecedent | undefined, lastSource: Antecedent | undefined): Attribution | undefined {
  for (let i = 0; i < words.length; i++) {
    const verb = words[i]!;
    if (verb.quoted || /^\p{Lu}/u.test(verb.text) && i > 0) continue;
    // "…, prognostizieren Fachleute": after a comma the verb follows what it reports; not after a relative clause
    // inside its subject ("Frauen, die einen Hund besaßen, zeigten eine größere Aktivität").
    const afterClause = i > 0 && /^[,“”"»«]$/u.test(words[i - 1]!.text) && !closesRelativeClause(data, words, i - 1);
    // "findet … statt": a particle closing the clause makes the form another verb's, unless that verb is listed too ("teilte … mit");
    // after what it reports the particle is another verb's ("…“, sagt Stenger und greift die Bahn an").
    const form = separable(data, words, i) ?? (!afterClause && particleCloses(data, words, i) ? undefined : data.lexicon.reportingForms.get(verb.lower));
    if (!form || data.infinitiveMarkers.has(words[i - 1]?.lower ?? '') || data.zuInfinitives.has(verb.lower)) continue;
    // "auf wiederholte Nachfrage", "die gesagten Worte": after a preposition, or between an article and its noun, the form is an adjective.
    const previous = words[i - 1]?.lower ?? '';
    if (data.prepositions.has(previous) || (data.determiners.has(previous) && /^\p{Lu}/u.test(words[i + 1]?.text ?? ''))) continue;
    // "ergibt sich", "zeigt sich": a reflexive verb of finding or believing reports nothing ("äußerte sich" does).
    if (form.kind !== 'speech' && data.reflexives.has(words[i + 1]?.lower ?? '')) continue;
    // "veröffentlicht regelmäßig im Darknet", "fand Nahrung": some verbs report only what they open ("dass …", a colon, a quote).
    if (data.openingVerbs.has(form.lemma) && !afterClause && !opensContent(data, words, i)) continue;
    // "wird … diskutiert", "bestätigt werden": a passive names no speaker in its subject, only an agent after "von".
    const passive = data.participles.has(verb.lower) ? passiveClause(data, words, i) : undefined;
    const agent = passive?.findIndex((w) => w.lower === 'von' || w.lower === 'vom') ?? -1;
    if (passive && agent === -1) continue;
    // "Erste Daten des britischen Intensive Care National Audit and Research Center (INARC) vom 27. März zeigen": a verb of
    // showing's subject is often a long document phrase, so its clause is read back to its edge or its conjunction.
    const reach: Reach = data.showingVerbs.has(form.lemma) ? { words: SHOWING_CLAUSE_WORDS, stops: data.subordinators } : { words: CLAUSE_WORDS };
    const phrase = passive ? nounPhrase(data, passive.slice(agent + 1), mentions) : subjectPhrase(data, words, i, mentions, reach);
    if (passive && phrase.length === 0) continue;
    // "Das geht", "So gibt es": a pronoun or adverb alone says nothing.
    if (phrase.length > 0 && phrase.every((w) => data.nonSources.has(w.lower))) continue;
    const firstPerson = phrase.length > 0 && ownOrGeneric(data, phrase[0]!.lower);
    if (firstPerson) continue;
    if (data.namingVerbs.has(form.lemma) && namesRatherThanReports(data, words, i)) continue;
    const cue: Cue = { kind: 'reporting-verb', start: verb.start, end: verb.end };
    // "meldete, Kim habe …": a name in what the verb reports, past a comma, colon or quotation after it, is no speaker.
    // "Das Treffen mit Neubauer diente einem Zweck: Den Investoren zeigen, …": nor is one before a colon or quotation before it.
    const reportStart = words.slice(i + 1).find((w) => w.quoted || /^[,:;]$/u.test(w.text))?.start ?? Infinity;
    const clauseStart = words.slice(0, i).findLast((w) => w.quoted || /^[:;]$/u.test(w.text))?.end ?? -Infinity;
    const named = mentions
      .filter((m) => (m.type === 'PER' || m.type === 'ORG') && m.start < reportStart && m.start >= clauseStart)
      .sort((a, b) => Math.abs(a.start - verb.start) - Math.abs(b.start - verb.start))[0];
    // "Helmut Peter von der Autohaus-Gruppe sagte MDR THÜRINGEN": a name in the verb's own clause before it is the speaker.
    const before = clauseBefore(words, i, reach);
    const namedBefore = mentions.find((m) => (m.type === 'PER' || m.type === 'ORG') && before.length > 0 && m.start >= before[0]!.start && m.end <= verb.start);
    if (data.showingVerbs.has(form.lemma) && !namedBefore && !canShow(data, phrase, mentions)) continue;
    if (namedBefore) return { source: spanOf(namedBefore), vague: false, cues: [cue] };
    if (phrase.length === 1 && data.speakerPronouns.has(phrase[0]!.lower)) {
      const pronoun = phrase[0]!;
      // "weil Sie immer … sprechen": a capital inside the sentence is the polite address, the person spoken to.
      if (pronoun !== words.find((w) => /\p{L}/u.test(w.text)) && pronoun.text !== pronoun.lower) continue;
      // "Sie fürchten …" (a plural verb by its pronoun; "geschrieben" is a participle): "they" are the last source, not the last person.
      const adjacent = Math.abs(words.indexOf(pronoun) - i) === 1;
      const plural = adjacent && !verb.lower.startsWith('ge') && data.pluralEndings.some((ending) => verb.lower.endsWith(ending));
      const antecedent = plural ? lastSource : lastPerson;
      // "sagte er dem NDR": the pronoun means a person named before it outside quotations, not the addressee after the verb.
      const person = antecedent === lastPerson ? mentions.filter((m) => m.type === 'PER' && m.end <= pronoun.start && !words.some((w) => w.quoted && w.start <= m.start && m.start < w.end)).at(-1) : undefined;
      if (person) return { source: spanOf(person), vague: false, cues: [cue] };
      if (antecedent) return { source: antecedent.source, vague: antecedent.vague, cues: antecedent.vague ? [cue, { kind: 'vague-source', start: pronoun.start, end: pronoun.end }] : [cue] };
      continue;
    }
    if (phrase.length > 0) {
      const vague = isVague(data, phrase, mentions);
      const source = { start: phrase[0]!.start, end: phrase.at(-1)!.end, text: phrase.map((w) => w.text).join(' ') };
      return { source, vague, cues: vague ? [cue, { kind: 'vague-source', start: source.start, end: source.end }] : [cue] };
    }
    if (named) return { source: spanOf(named), vague: false, cues: [cue] };
  }
  return undefined;
}

/** A court as a subject outside quotations and prepositional phrases ("das OLG", "Der Bundesgerichtshof"), not "beim OLG", "des Gerichts". */
function courtSubject(data: LexicalClaimData, words: readonly Word[], mentions: readonly Mention[]): Attribution | undefined {
  const governed = inGovernedPhrase(data, words);
  const isCourt = (w: Word) => /^\p{Lu}/u.test(w.text) && (data.courts.words.has(w.lower) || data.courts.endings.some((ending) => w.lower.endsWith(ending)));
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    if (w.quoted || governed[k] || !isCourt(w)) continue;
    // "Gerhard Richter" is a person; a court's noun without an article is one of a list ("gegen Abgeordnete, Richter und …").
    const within = mentions.find((m) => m.start <= w.start && w.end <= m.end);
    if (within?.type === 'PER') continue;
    const previous = words[k - 1];
    const determiner = previous !== undefined && data.determiners.has(previous.lower) && !previous.quoted;
    if (determiner ? data.objectDeterminers.has(previous.lower) : !data.courts.words.has(w.lower) && within?.type !== 'ORG') continue;
    const phrase = nounPhrase(data, words.slice(determiner ? k - 1 : k), mentions);
    if (phrase.length === 0) continue;
    const source = { start: phrase[0]!.start, end: phrase.at(-1)!.end, text: phrase.map((x) => x.text).join(' ') };
    return { source, vague: isVague(data, phrase, mentions), cues: [] };
  }
  return undefined;
}

/** A clause edge: punctuation that ends or sets off a clause. */
const CLAUSE_EDGE = /^[,.;:!?()–—]$/u;

/**
 * Whether a verb of naming at `i` names rather than reports: no quotation, colon or list marker in its clause, and the
 * clause's last word (after the verb, or before a verb that closes it; auxiliaries aside) a capitalised noun or name.
 */
function namesRatherThanReports(data: LexicalClaimData, words: readonly Word[], i: number): boolean {
  let end = i + 1;
  while (end < words.length && !CLAUSE_EDGE.test(words[end]!.text) && !words[end]!.quoted) end++;
  if (words[end]?.quoted || words[end]?.text === ':') return false;
  const clause = [...clauseBefore(words, i), ...words.slice(i + 1, end)];
  if (clause.some((w) => data.listMarkers.has(w.text))) return false;
  // Auxiliaries ("genannt werden"), and determiners, which also hold "sein" ("genannt sein sollen"), are no predicate.
  const content = (w: Word) => /\p{L}/u.test(w.text) && !data.finiteAuxiliaries.has(w.lower) && !data.passiveAuxiliaries.has(w.lower) && !data.determiners.has(w.lower);
  const predicate = words.slice(i + 1, end).findLast(content) ?? clauseBefore(words, i).findLast(content);
  return predicate !== undefined && /^\p{Lu}/u.test(predicate.text);
}

/** Whether a verb of showing's subject can show something as a source: a name, a pronoun for one, a person or a document. */
function canShow(data: LexicalClaimData, phrase: readonly Word[], mentions: readonly Mention[]): boolean {
  if (phrase.length === 1 && data.speakerPronouns.has(phrase[0]!.lower)) return true;
  if (phrase.some((w) => mentions.some((m) => (m.type === 'PER' || m.type === 'ORG') && m.start <= w.start && w.end <= m.end))) return true;
  const person = (lower: string) => data.unnamedPersons.has(lower) || data.lexicon.vagueHeads.has(lower) || data.officeEndings.some((ending) => lower.endsWith(ending));
  return phrase.some((w) => /^\p{Lu}/u.test(w.text) && (person(w.lower) || isDocument(data, w.lower)));
}

/** The shortest part before a compound's head noun ("Jahres-bericht"): shorter ones are prefixes ("Vor-urteil"). */
const MIN_COMPOUND_MODIFIER = 4;

/** A document noun, alone or heading a compound ("Jahresbericht", "OECD-Gesundheitsbericht", "Vergleichsstudien"). */
function isDocument(data: LexicalClaimData, lower: string): boolean {
  if (data.documentNouns.has(lower)) return true;
  for (let at = MIN_COMPOUND_MODIFIER; at < lower.length - 3; at++) if (data.documentNouns.has(lower.slice(at).replace(/^-/u, ''))) return true;
  return false;
}

/**
 * "nach eigenen Angaben": the words are the clause's own subject's (a name, or a noun phrase no
 * preposition governs, "vertritt der Landesverband … nach eigenen Angaben") or, for a pronoun or
 * with none, the last source's.
 */
function selfReported(data: LexicalClaimData, patterns: readonly RegExp[], text: string, span: Span, words: readonly Word[], mentions: readonly Mention[], recent: Attribution | undefined): Attribution | undefined {
  const sentence = text.slice(span.start, span.end);
  const match = patterns.map((p) => p.exec(sentence)).find((m) => m !== null);
  if (!match) return undefined;
  const cue: Cue = { kind: 'according-to', start: span.start + match.index, end: span.start + match.index + match[0].length };
  const subject = clauseSubject(data, words, mentions);
  if (subject === 'pronoun' || !subject) return recent ? { ...recent, cues: [cue] } : undefined;
  const source = { start: subject[0]!.start, end: subject.at(-1)!.end, text: text.slice(subject[0]!.start, subject.at(-1)!.end) };
  const vague = isVague(data, subject, mentions);
  return { source, vague, cues: vague ? [cue, { kind: 'vague-source', start: source.start, end: source.end }] : [cue] };
}

/**
 * The first subject-like phrase outside quotations and prepositional phrases: a pronoun ("kaufte er"),
 * a person's or body's name, or a noun phrase with an article of the nominative.
 */
function clauseSubject(data: LexicalClaimData, words: readonly Word[], mentions: readonly Mention[]): Word[] | 'pronoun' | undefined {
  const governed = (k: number) => data.prepositions.has(words[k - 1]?.lower ?? '') || (data.determiners.has(words[k - 1]?.lower ?? '') && data.prepositions.has(words[k - 2]?.lower ?? ''));
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    if (w.quoted || governed(k)) continue;
    if (data.speakerPronouns.has(w.lower) && (k === 0 || w.text === w.lower)) return 'pronoun';
    const name = mentions.find((m) => (m.type === 'PER' || m.type === 'ORG') && m.start === w.start);
    if (name) return words.filter((x) => x.start >= name.start && x.end <= name.end);
    if (data.determiners.has(w.lower) && !data.objectDeterminers.has(w.lower) && !data.determiners.has(words[k - 1]?.lower ?? '')) {
      const phrase = nounPhrase(data, words.slice(k), mentions);
      if (phrase.length > 1) return phrase;
    }
  }
  return undefined;
}

/** "demnach", "den Angaben zufolge": the last source goes on speaking; with none, the phrase is an unnamed source. */
function carriedOn(patterns: readonly RegExp[], text: string, span: Span, recent: Attribution | undefined): Attribution | undefined {
  const sentence = text.slice(span.start, span.end);
  const match = patterns.map((p) => p.exec(sentence)).find((m) => m !== null);
  if (!match) return undefined;
  const start = span.start + match.index;
  const end = start + match[0].length;
  if (recent) return { ...recent, cues: [{ kind: 'according-to', start, end }] };
  return { source: { start, end, text: match[0] }, vague: true, cues: [{ kind: 'vague-source', start, end }] };
}

/** "…, auch er, Benjamin Näßler: «Ich bin …»": a quotation a colon opens right after a person's name is that person's. */
function colonSpeaker(data: LexicalClaimData, words: readonly Word[], mentions: readonly Mention[]): Attribution | undefined {
  for (let i = 1; i + 1 < words.length; i++) {
    if (words[i]!.text !== ':' || words[i]!.quoted || !(words[i + 1]!.quoted || data.quoteMarks.has(words[i + 1]!.text))) continue;
    const person = mentions.find((m) => m.type === 'PER' && m.end === words[i - 1]!.end);
    if (person) return { source: spanOf(person), vague: false, cues: [{ kind: 'quote', start: words[i + 1]!.start, end: words.at(-1)!.end }] };
  }
  return undefined;
}

/** "ich", "wir", "man", "wer": a subject that is the author or nobody in particular. */
function ownOrGeneric(data: LexicalClaimData, lower: string): boolean {
  return data.firstPersonPronouns.has(lower) || data.genericPronouns.has(lower);
}

function spanOf(mention: Mention): Source {
  return { start: mention.start, end: mention.end, text: mention.text };
}

function separable(data: LexicalClaimData, words: readonly Word[], i: number): { lemma: string; kind: ReportingKind } | undefined {
  const verbs = data.separableForms.get(words[i]!.lower);
  if (!verbs) return undefined;
  // The split particle closes its clause ("teilte … mit."); "geht … aus dem Menü" keeps "aus" a preposition.
  const closing = (j: number) => !words[j]!.quoted && (j + 1 >= words.length || words[j + 1]!.quoted || /^[,.;:!?–—]$/u.test(words[j + 1]!.text));
  return verbs.find((v) => words.some((w, j) => j > i && w.lower === v.particle && !/^\p{Lu}/u.test(w.text) && closing(j)));
}

/** Whether a separable particle ("statt", "ab") closes the verb's clause: "findet am Montag in Frankfurt statt." */
function particleCloses(data: LexicalClaimData, words: readonly Word[], i: number): boolean {
  for (let j = i + 1; j < words.length; j++) {
    const w = words[j]!;
    if (w.quoted || /^[,.;:!?–—„“"»«]$/u.test(w.text)) return false;
    if (data.separableParticles.has(w.text) && (j + 1 >= words.length || words[j + 1]!.quoted || /^[,.;:!?–—]$/u.test(words[j + 1]!.text))) return true;
  }
  return false;
}

/**
 * Whether a verb that reports only what it opens has something to report after it: "dass …", "ob", a
 * colon, a quotation, or in a main clause a comma before a clause of its own ("glaubt der Minister, es sei …";
 * not "Weil sie langfristig denken, ist …", nor "…, als er …").
 */
function opensContent(data: LexicalClaimData, words: readonly Word[], i: number): boolean {
  if (words.slice(i + 1).some((w) => w.quoted || w.text === ':' || data.contentOpeners.has(w.lower))) return true;
  const before = clauseBefore(words, i);
  if (before.length > 0 && data.subordinators.has(before[0]!.lower)) return false;
  for (let j = i + 1; j < words.length && j <= i + 4; j++) {
    if (words[j]!.text !== ',') continue;
    const next = words[j + 1];
    return next !== undefined && !data.subordinators.has(next.lower) && !data.coordinators.has(next.lower) && !opensRelative(data, words.slice(j + 1, j + 4));
  }
  return false;
}

/** Whether the comma at `comma` closes a relative clause set off by an earlier comma (", die einen Hund besaßen,"). */
function closesRelativeClause(data: LexicalClaimData, words: readonly Word[], comma: number): boolean {
  if (words[comma]!.text !== ',') return false;
  let j = comma - 1;
  while (j >= 0 && !/^[,.;:!?“”"»«–—]$/u.test(words[j]!.text) && !words[j]!.quoted) j--;
  if (j < 0 || words[j]!.text !== ',') return false;
  // The pronoun opens the clause, then a word in lower case: ", die Preise würden steigen," is a main clause, "die" its article.
  const start = data.prepositions.has(words[j + 1]?.lower ?? '') ? j + 2 : j + 1;
  const pronoun = words[start];
  const next = words[start + 1];
  return pronoun !== undefined && pronoun.text === pronoun.lower && data.relativePronouns.has(pronoun.lower) && next !== undefined && next.text === next.lower && start + 1 < comma;
}

/** The noun phrase that ends right before `comma` ("den Landwirten", "der Kollegin Anja Weisgerber"), or none. */
function antecedentBefore(data: LexicalClaimData, words: readonly Word[], comma: number): Word[] {
  let j = comma - 1;
  if (j < 0 || words[j]!.quoted || !/^\p{Lu}/u.test(words[j]!.text)) return [];
  while (j > 0 && comma - j < 6 && !words[j - 1]!.quoted && (/^\p{Lu}/u.test(words[j - 1]!.text) || /^\p{Ll}+(?:e|en|er|es|em)$/u.test(words[j - 1]!.text)) && !data.prepositions.has(words[j - 1]!.lower)) {
    j--;
    if (data.determiners.has(words[j]!.lower)) break;
  }
  return words.slice(j, comma).filter((w, k) => k > 0 || data.determiners.has(w.lower) || /^\p{Lu}/u.test(w.text));
}

/** Whether the verb closes its clause (an auxiliary may follow: "dass er es gesagt hat,"). */
function closesClause(data: LexicalClaimData, words: readonly Word[], i: number): boolean {
  const edge = (w: Word | undefined) => w === undefined || w.quoted || /^[,.;:!?–—-]$/u.test(w.text);
  const pronoun = (w: Word) => data.speakerPronouns.has(w.lower) || ownOrGeneric(data, w.lower);
  return edge(words[i + 1]) || (words[i + 1]!.text === words[i + 1]!.lower && !pronoun(words[i + 1]!) && edge(words[i + 2]));
}

/** Whether `words` (what follows a comma) open a relative clause: "die er nicht glauben mag", "mit der die Minister", "der lächelnd …". */
function opensRelative(data: LexicalClaimData, before: readonly Word[]): boolean {
  const relative = (w: Word | undefined) => w !== undefined && w.text === w.lower && data.relativePronouns.has(w.lower);
  // "…, mit der die Innenminister festhalten" has a subject of its own; "…, bei dem man reden könne" has nobody.
  if (data.prepositions.has(before[0]?.lower ?? '') && relative(before[1])) return !data.determiners.has(before[2]?.lower ?? '') && !/^\p{Lu}/u.test(before[2]?.text ?? '');
  if (!relative(before[0])) return false;
  const next = before[1];
  if (!next) return true;
  // "die die Regierung", "die Sie … vorgeworfen haben": the clause has a subject of its own, who may well be a speaker.
  if (data.determiners.has(next.lower) || data.speakerPronouns.has(next.lower) || ownOrGeneric(data, next.lower)) return false;
  if (data.finiteAuxiliaries.has(next.lower)) return false;
  if (/^\p{Lu}/u.test(next.text)) return false;
  // "die neue Regierung": an adjective before a noun makes the pronoun an article.
  return !(/^\p{Ll}+(?:e|en|er|es|em)$/u.test(next.text) && /^\p{Lu}/u.test(before[2]?.text ?? ''));
}

/**
 * The words before a participle back to its clause's start when an auxiliary of the passive stands among
 * them or right after it ("wird … auf Foren diskutiert", "bestätigt werden"); a comma before a capitalised
 * word continues a list ("in Weiterbildungen, Konferenzen und Sitzungen thematisiert"), one before a lower-case
 * word ends the clause.
 */
function passiveClause(data: LexicalClaimData, words: readonly Word[], i: number): Word[] | undefined {
  const clause: Word[] = [];
  for (let j = i - 1; j >= 0; j--) {
    const w = words[j]!;
    // A full stop inside the sentence is an initial's or an ordinal's ("Jacek K.", "am 4."), not a clause edge.
    if (w.quoted || /^[;:!?„“"»«–—]$/u.test(w.text) || (w.text === ',' && words[j + 1]!.text === words[j + 1]!.lower)) break;
    clause.unshift(w);
  }
  const after = words[i + 1]?.lower ?? '';
  return clause.some((w) => data.passiveAuxiliaries.has(w.lower)) || data.passiveAuxiliaries.has(after) ? clause : undefined;
}

/**
 * The verb's subject: after it when the verb comes second ("…“, sagte der Sprecher des Ministeriums"),
 * else the words before it back to a clause edge ("Der Sprecher sagte").
 */
function subjectPhrase(data: LexicalClaimData, words: readonly Word[], i: number, mentions: readonly Mention[], reach: Reach = { words: CLAUSE_WORDS }): Word[] {
  const pronoun = (w: Word | undefined) => w !== undefined && (data.speakerPronouns.has(w.lower) || ownOrGeneric(data, w.lower));
  const before = clauseBefore(words, i, reach);
  // "Solange man nicht wisse": a verb closing a subordinate clause has its subject right after the conjunction;
  // in "Während der Sitzung sagte er" the conjunction is a preposition.
  const subordinate = closesClause(data, words, i) && before.length > 0 && data.subordinators.has(before[0]!.lower);
  const own = subordinate ? before.slice(1) : before;
  // "Er fordert Transparenz": a pronoun opening the verb's clause is its subject, whatever follows the verb.
  if (pronoun(own[0]) && (subordinate || own.length === 1)) return [own[0]!];
  const ownPhrase = subordinate ? nounPhrase(data, own, mentions) : [];
  if (ownPhrase.length > 0) return ownPhrase;
  const after: Word[] = [];
  let j = i + 1;
  // "äußerte sich Rheinmetall nicht": adverbs and a reflexive stand between an inverted verb and its subject.
  while (j < words.length && (data.subjectSkips.has(words[j]!.lower) || data.reflexives.has(words[j]!.lower))) j++;
  for (; !subordinate && j < words.length && after.length < 8; j++) {
    const w = words[j]!;
    if (w.quoted || /^[,.;:!?„“"»«–—]$/u.test(w.text)) break;
    if (after.length === 0 && !data.determiners.has(w.lower) && !/^\p{Lu}/u.test(w.text) && !data.speakerPronouns.has(w.lower) && !ownOrGeneric(data, w.lower)) break;
    after.push(w);
  }
  if (pronoun(after[0])) return [after[0]!];
  // "Die Ministerin betonte die Wichtigkeit …": a noun phrase alone before the verb, and after it one whose article may be
  // nominative or accusative, are subject and object in the usual order ("Die Pläne kritisierte der Verband" is not).
  if (!subordinate && data.caseAmbiguousDeterminers.has(after[0]?.lower ?? '') && own.length > 0 && !data.nonSources.has(own[0]!.lower)) {
    const first = own[0]!;
    const opensPhrase = (data.determiners.has(first.lower) && !data.objectDeterminers.has(first.lower)) || (/^\p{Lu}/u.test(first.text) && !data.subjectSkips.has(first.lower) && !data.prepositions.has(first.lower));
    const prefield = opensPhrase && !inGovernedPhrase(data, own)[0] ? nounPhrase(data, own, mentions) : [];
    if (prefield.length === own.length) return prefield;
  }
  // "nennt den Vorfall …": a phrase in the accusative or dative is the verb's object.
  const phrase = data.objectDeterminers.has(after[0]?.lower ?? '') ? [] : nounPhrase(data, after, mentions);
  if (phrase.length > 0) return phrase;
  // "Auch auf wiederholte Nachfrage wollte sich Rheinmetall nicht dazu äußern": a prepositional phrase holds no subject.
  const governed = inGovernedPhrase(data, own);
  const opener = (w: Word) => (data.nonSources.has(w.lower) || data.subjectSkips.has(w.lower) || data.subordinators.has(w.lower)) && !data.determiners.has(w.lower);
  const start = own.findIndex((w, k) => !governed[k] && !opener(w) && (data.determiners.has(w.lower) || /^\p{Lu}/u.test(w.text) || pronoun(w)));
  if (start !== -1) {
    if (pronoun(own[start])) return [own[start]!];
    const phrase = nounPhrase(data, own.slice(start), mentions);
    if (phrase.length > 0) return phrase;
    // "das hatte er schon mitgeteilt": a demonstrative with no noun leaves the subject to the pronoun after it.
    const later = own.slice(start + 1).find((w) => pronoun(w));
    if (later) return [later];
    // "mit den Landwirten sprechen, die sagen: …": a relative pronoun alone after a comma means the noun before the comma.
    const comma = i - own.length - 1;
    // A relative clause puts its verb last ("…, der gesagt hat:"); "…, das zeigt doch das Problem" is a demonstrative's main clause.
    const relative = own.length === 1 && own[0]!.text === own[0]!.lower && data.relativePronouns.has(own[0]!.lower) && words[comma]?.text === ',' && closesClause(data, words, i);
    const antecedent = relative ? antecedentBefore(data, words, comma) : [];
    if (antecedent.length > 0) return antecedent;
    return own.length - start === 1 ? [own[start]!] : [];
  }
  // "Tobias Lindner, Sprecher der Grünen, nennt …": after one aside set off by commas, the sentence's opening phrase is the subject.
  const commas = words.flatMap((w, k) => (w.text === ',' && k < i ? [k] : []));
  return commas.length === 2 && commas[1] === i - 1 ? openingSubject(data, words, commas[0]!, mentions) : [];
}

/**
 * The words before the sentence's first comma when they are a subject (a name, or a noun phrase opened
 * by an article of the nominative); a person's name that is the whole aside is the subject's name
 * ("Der Chef der Deutschen Bank, Christian Sewing, sagte").
 */
function openingSubject(data: LexicalClaimData, words: readonly Word[], comma: number, mentions: readonly Mention[]): Word[] {
  const opening = words.slice(0, comma);
  if (opening.length === 0 || opening.length > 6 || opening.some((w) => w.quoted)) return [];
  const aside = words.slice(comma + 1).slice(0, words.slice(comma + 1).findIndex((w) => w.text === ','));
  const asideName = aside.length > 0 && mentions.some((m) => m.type === 'PER' && m.start === aside[0]!.start && m.end === aside.at(-1)!.end);
  if (asideName) return aside;
  const named = mentions.some((m) => (m.type === 'PER' || m.type === 'ORG') && m.start === opening[0]!.start && m.end >= opening.at(-1)!.end);
  const nominative = data.determiners.has(opening[0]!.lower) && !data.objectDeterminers.has(opening[0]!.lower);
  const rest = opening.slice(1);
  return named || (nominative && rest.some((w) => /^\p{Lu}/u.test(w.text)) && rest.every((w) => /^\p{Lu}/u.test(w.text) || /^\p{Ll}+(?:e|en|er|es|em)$/u.test(w.text)))
    ? opening
    : [];
}

/** "Der Mann veröffentlicht …": an opening subject that is a person's noun and no name, as whom a later pronoun may mean. */
function unnamedPerson(data: LexicalClaimData, words: readonly Word[], mentions: readonly Mention[]): Source | undefined {
  const first = words[0];
  if (!first || first.quoted || !data.determiners.has(first.lower) || data.objectDeterminers.has(first.lower)) return undefined;
  let j = 1;
  while (j < words.length && /^\p{Ll}+(?:e|en|er|es|em)$/u.test(words[j]!.text)) j++;
  const noun = words[j];
  if (!noun || !data.unnamedPersons.has(noun.lower) || mentions.some((m) => m.start < noun.end && noun.start < m.end)) return undefined;
  // "Der Mann, Peter Müller, …": a name right after the noun is the person's.
  if (words[j + 1]?.text === ',' && mentions.some((m) => m.type === 'PER' && m.start === words[j + 2]?.start)) return undefined;
  return { start: first.start, end: noun.end, text: words.slice(0, j + 1).map((w) => w.text).join(' ') };
}

/**
 * The noun phrase that opens `words`: an article, inflected adjectives, capitalised words (a noun
 * or a name), and genitives after it ("der Sprecher des Ministeriums", "Fabian Stenger"); nothing
 * when no capitalised word comes.
 */
function nounPhrase(data: LexicalClaimData, words: readonly Word[], mentions: readonly Mention[]): Word[] {
  let j = 0;
  // After an article one noun heads the phrase; more capitalised words join it only inside a name ("der Sprecher Klaus Müller").
  const named = (w: Word | undefined) => w !== undefined && mentions.some((m) => m.start <= w.start && w.end <= m.end);
  const capitalised = (w: Word | undefined) => w !== undefined && /^\p{Lu}/u.test(w.text) && !data.determiners.has(w.lower);
  const adjectives = () => {
    while (j < words.length && /^\p{Ll}+(?:e|en|er|es|em)$/u.test(words[j]!.text) && !data.determiners.has(words[j]!.lower)) j++;
  };
  const article = data.determiners.has(words[0]?.lower ?? '');
  if (article) j++;
  adjectives();
  if (!capitalised(words[j])) return [];
  j++;
  while (capitalised(words[j]) && (!article || named(words[j]))) j++;
  // "sagte Allendorf der Frankfurter Allgemeinen Zeitung": after a person's name the article opens the addressee, not a genitive.
  const person = named(words[j - 1]) && mentions.some((m) => m.type === 'PER' && m.start <= words[j - 1]!.start && words[j - 1]!.end <= m.end);
  while (!person && j + 1 < words.length && ['des', 'der', 'von', 'vom'].includes(words[j]!.lower)) {
    const at = j;
    j++;
    if (data.determiners.has(words[j]?.lower ?? '')) j++;
    adjectives();
    if (!capitalised(words[j])) {
      j = at;
      break;
    }
    j++;
    while (capitalised(words[j]) && named(words[j])) j++;
  }
  return words.slice(0, j);
}

/**
 * Which words are no subject: a phrase a preposition governs, or one in the accusative, dative or genitive
 * ("Den Investoren zeigen", "Dem Beamten ist anzumerken"), from its first word to its noun, inclusive.
 */
function inGovernedPhrase(data: LexicalClaimData, words: readonly Word[]): boolean[] {
  let open = false;
  return words.map((w) => {
    if (data.prepositions.has(w.lower) || (!open && data.objectDeterminers.has(w.lower))) open = true;
    else if (open && /^\p{Lu}/u.test(w.text)) {
      open = false;
      return true;
    }
    return open;
  });
}

/** How many words before a verb are read for its clause and subject. */
const CLAUSE_WORDS = 12;
const SHOWING_CLAUSE_WORDS = 30;

/** How far back a verb's clause is read: a number of words, and words that open a clause of their own (kept as its first). */
interface Reach {
  words: number;
  stops?: ReadonlySet<string>;
}

/** Up to `reach` words before `i`, back to a clause edge (punctuation or a quotation, or one of the reach's stops). */
function clauseBefore(words: readonly Word[], i: number, reach: Reach = { words: CLAUSE_WORDS }): Word[] {
  const before: Word[] = [];
  for (let j = i - 1; j >= 0 && before.length < reach.words; j--) {
    // "gegen Brasilien (4. und 5. März in Rio) bekanntgegeben": an aside in parentheses is no part of the clause.
    if (words[j]!.text === ')') {
      const open = words.findLastIndex((w, k) => k < j && w.text === '(');
      if (open !== -1) {
        j = open;
        continue;
      }
    }
    const w = words[j]!;
    // "vom 27. März", "am 3.10.": the point of an ordinal or a date, right after its digits inside a sentence, is no clause edge.
    const ordinal = w.text === '.' && j > 0 && /^\d+(?:\.\d+)?$/u.test(words[j - 1]!.text) && words[j - 1]!.end === w.start;
    // A hyphen standing alone is a dash: "Nichthaftsachen - das wurde bereits vom Kollegen angesprochen -".
    if (w.quoted || (!ordinal && /^[,.;:!?„“"»«–—-]$/u.test(w.text))) break;
    before.unshift(w);
    if (reach.stops?.has(w.lower)) break;
  }
  return before;
}

/**
 * A claim carried by a link to another document, as the English link detector reads one: the link is no
 * navigation (a site's root, a tag or section page) and covers much of the sentence or names a document or a
 * report ("die Studie", "berichtete"); a link over a side phrase ("Rudel Wölfe", "Grundreinigung") sources nothing.
 * The source is the link's host, like English's.
 */
function linked(data: LexicalClaimData, links: ReadonlyArray<Span & { href?: string }>, span: Span, words: readonly Word[], ownHost: string | undefined): Attribution | undefined {
  for (const link of links) {
    if (link.end <= span.start || link.start >= span.end || !link.href) continue;
    const host = sourceHost(link.href, ownHost);
    if (!host) continue;
    if (!carriesClaim(link, span, words, data.documentNouns, data.lexicon.reportingForms)) continue;
    const start = Math.max(link.start, span.start);
    const end = Math.min(link.end, span.end);
    return { source: { start: link.start, end: link.end, text: host, href: link.href }, vague: false, cues: [{ kind: 'link', start, end }] };
  }
  return undefined;
}

function agentless(patterns: readonly RegExp[], text: string, span: Span): Attribution | undefined {
  const sentence = text.slice(span.start, span.end);
  for (const pattern of patterns) {
    const match = pattern.exec(sentence);
    if (!match) continue;
    const start = span.start + match.index;
    const end = start + match[0].length;
    return { source: { start, end, text: match[0] }, vague: true, cues: [{ kind: 'vague-source', start, end }] };
  }
  return undefined;
}

interface WordList {
  kind: Cue['kind'];
  weight: number;
  words: ReadonlySet<string>;
  /** Stems that also match with up to three more letters ("katastrophal" → "katastrophale"): evaluative words only. */
  stems: ReadonlySet<string>;
  /** Phrases of several words, each matched as whole words ("es muss", not "des muss"). */
  phrases: readonly RegExp[];
}

const wordLists = new WeakMap<LexicalClaimData, WordList[]>();

/** The lexicon's opinion lists as sets, built once per pack: evaluative 1, hedges and predictions ½, first person 1, a stance an opinion's whole score. */
function opinionLists(data: LexicalClaimData): WordList[] {
  let lists = wordLists.get(data);
  if (!lists) {
    const list = (phrases: readonly string[], kind: Cue['kind'], weight: number, stemmed: boolean): WordList => {
      const single = phrases.filter((p) => !p.includes(' '));
      return {
        kind,
        weight,
        words: new Set(single),
        stems: new Set(stemmed ? single.filter((p) => p.length >= 5) : []),
        phrases: phrases.filter((p) => p.includes(' ')).map(phrasePattern),
      };
    };
    lists = [
      list(data.lexicon.evaluative, 'opinion', 1, true),
      list(data.lexicon.hedges, 'hedge', 0.5, false),
      list(data.lexicon.predictions, 'prediction', 0.5, false),
      list(data.lexicon.firstPerson, 'opinion', 1, false),
      list(data.stances, 'opinion', OPINION_SCORE, false),
    ];
    wordLists.set(data, lists);
  }
  return lists;
}

/** How many words a " … " in a lexicon phrase may stand for. */
const PHRASE_GAP_WORDS = 8;
/** Words inside one clause: no punctuation that ends or splits it, no quotation mark. */
const PHRASE_GAP = String.raw`\s+(?:[^\s,;:.!?–()"„“”»«]+\s+){0,${PHRASE_GAP_WORDS}}`;

/** A lexicon phrase as a pattern of whole words, its " … " a gap within the clause. */
function phrasePattern(phrase: string): RegExp {
  const escape = (part: string) => part.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(/ /gu, '\\s+');
  return new RegExp(String.raw`(?<![\p{L}\p{N}])${phrase.split(' … ').map(escape).join(PHRASE_GAP)}(?![\p{L}\p{N}])`, 'gu');
}

/** The shortest first part of an evaluative compound ("kosten-", "umwelt-"): shorter ones are mostly prefixes ("un-", "ver-"). */
const MIN_COMPOUND_PART = 4;
/** The shortest evaluative head of a compound ("wichtig"): shorter ones hide in other words ("weise", "teuer", "erfolg"). */
const MIN_COMPOUND_HEAD = 7;

/** Evaluative words count 1, hedges and predictions ½, the author's first person 1, an exclamation 1; quoted words not at all. */
function opinionOf(data: LexicalClaimData, sentence: string, offset: number, words: readonly Word[]): { score: number; cues: Cue[] } {
  const own = words.filter((w) => !w.quoted);
  const cues: Cue[] = [];
  let score = 0;
  const lowerText = sentence.toLowerCase();
  // An inflected adjective ("katastrophale", "schlechteren"), not another word on the same stem ("erfolgt" of "Erfolg").
  const stemOf = (word: string, stems: ReadonlySet<string>) => {
    for (let cut = 1; cut <= 4 && word.length - cut >= 5; cut++) {
      if (data.adjectiveEndings.has(word.slice(word.length - cut)) && stems.has(word.slice(0, word.length - cut))) return true;
    }
    return false;
  };
  // An adjective compounded on an evaluative one ("energieeffizient", "brandgefährliche"): written in lower case, so
  // no noun; both parts long, so that no prefix ("ver-folgen") or suffix ("beispiels-weise") passes for a part.
  const compoundOf = (w: Word, stems: ReadonlySet<string>) => {
    if (w.text !== w.lower) return false;
    for (let at = MIN_COMPOUND_PART; w.lower.length - at >= MIN_COMPOUND_HEAD; at++) {
      const head = w.lower.slice(at);
      if (stems.has(head)) return true;
      for (let cut = 1; cut <= 4 && head.length - cut >= MIN_COMPOUND_HEAD; cut++) {
        if (data.adjectiveEndings.has(head.slice(head.length - cut)) && stems.has(head.slice(0, head.length - cut))) return true;
      }
    }
    return false;
  };
  for (const list of opinionLists(data)) {
    for (const phrase of list.phrases) {
      // The first use outside a quotation counts, once.
      const match = [...lowerText.matchAll(phrase)].find((m) => !words.some((w) => w.quoted && w.start <= offset + m.index && offset + m.index < w.end));
      if (match) {
        score += list.weight;
        cues.push({ kind: list.kind, start: offset + match.index, end: offset + match.index + match[0].length });
      }
    }
    for (const w of own) {
      if (list.words.has(w.lower) || stemOf(w.lower, list.stems) || compoundOf(w, list.stems)) {
        score += list.weight;
        cues.push({ kind: list.kind, start: w.start, end: w.end });
      }
    }
  }
  if (/!\s*$/u.test(sentence)) score += 1;
  return { score, cues: cues.sort((a, b) => a.start - b.start) };
}

/** Numbers, dates and named actors: what a reader could check in an unsourced claim. */
function factCues(data: LexicalClaimData, words: readonly Word[], mentions: readonly Mention[]): Cue[] {
  const cues: Cue[] = [];
  for (const w of words) {
    if (cues.length >= MAX_FACT_CUES) break;
    if (!w.quoted && (/^\p{N}/u.test(w.text) || data.months.has(w.lower))) cues.push({ kind: 'fact', start: w.start, end: w.end });
  }
  for (const m of mentions) if (cues.length < MAX_FACT_CUES && (m.type === 'PER' || m.type === 'ORG')) cues.push({ kind: 'fact', start: m.start, end: m.end });
  return cues.sort((a, b) => a.start - b.start);
}
