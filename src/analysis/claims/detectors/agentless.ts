import { AGENTLESS_REPORTS, BE_FORMS, COMPARED_AFTER_SAID, FORECAST_PARTICIPLES, HEDGED_AGENTLESS_REPORTS, SPREAD_ADVERBS } from '../data/lexicons';
import { REPORTING_FORMS } from '../data/reporting-verbs';
import { describeSource, phraseAfter, verbGroupStart } from '../noun-phrase';
import type { Attribution, Detector } from '../types';
import { NOT_REPORTED_BY } from '../data/frame-words';

/**
 * Passive reports. With an agent ("was described by X as") the agent is the
 * source; without one ("has long been heralded as", "it is believed that") the
 * claim is attributed to no one in particular, and the cue phrase stands as the
 * vague source. Agentless frames are weak: any named source in the sentence wins.
 */
export const agentlessDetector: Detector = {
  name: 'agentless',
  stage: 'frame',
  detect(sentence, article) {
    const found: Attribution[] = [];
    const words = sentence.words;
    for (let i = 1; i < words.length; i++) {
      const participle = words[i]!;
      if (participle.quoted || !REPORT_WORDS.has(participle.lower)) continue;
      const always = AGENTLESS_REPORTS.has(participle.lower) || (FORECAST_PARTICIPLES.has(participle.lower) && words[i + 1]?.lower === 'to');
      const spoken = isSpokenParticiple(participle.lower);
      const finding = isFindingParticiple(participle.lower);
      // Most words are none of these: the verb group and the agent are looked for only around a participle that may report.
      if (!always && !spoken && !finding && !HEDGED_AGENTLESS_REPORTS.has(participle.lower)) continue;
      // "The same can't be said of the new rules": a comparison, not a report.
      if (participle.lower === 'said' && COMPARED_AFTER_SAID.has(words[i + 1]?.lower ?? '')) continue;
      const groupStart = verbGroupStart(words, i);
      const by = agentIndex(words, i);
      // "…, as first reported by Reuters", "as noted by the court": "as" stands for the clause it reports, where "was" would be.
      const asReported = by !== undefined && asBefore(words, groupStart) && (spoken || finding);
      if (!always && !spoken && !asReported && !HEDGED_AGENTLESS_REPORTS.has(participle.lower)) continue;
      const group = words.slice(groupStart, i);
      if (!asReported && !group.some((w) => BE_FORMS.has(w.lower))) continue;
      const cue = { kind: 'reporting-verb' as const, start: words[asReported ? groupStart - 1 : groupStart]!.start, end: participle.end };
      // "It was announced by the White House that …", "The deaths were confirmed by police": a speech act with its agent.
      if (spoken && !always && by === undefined) continue;
      if (by !== undefined) {
        const agent = phraseAfter(words, by + 1);
        const source = agent && describeSource(article, sentence, agent);
        if (source) found.push({ detector: this.name, source, cues: [cue], at: participle.start });
        continue;
      }
      const impersonal = words[groupStart - 1]?.lower === 'it';
      const spread = group.some((w) => SPREAD_ADVERBS.has(w.lower));
      const quotedLabel = words[i + 1]?.lower === 'as' && QUOTE_MARKS.has(words[i + 2]?.text ?? '');
      if (!always && !impersonal && !spread && !quotedLabel) continue;
      const start = impersonal ? words[groupStart - 1]!.start : cue.start;
      const text = article.text.slice(start, cue.end);
      found.push({
        detector: this.name,
        source: { start, end: cue.end, text, specific: false },
        cues: [{ ...cue, kind: 'vague-source', start }],
        at: participle.start,
        weak: true,
      });
    }
    return found;
  },
};

const QUOTE_MARKS = new Set(['“', '"', '‘', "'"]);

/** "as" opening a clause right before the verb group: at the start of the sentence or after a comma. */
function asBefore(words: { lower: string; text: string }[], groupStart: number): boolean {
  return words[groupStart - 1]?.lower === 'as' && (groupStart === 1 || words[groupStart - 2]!.text === ',');
}

/** A past participle of a verb of finding or publishing: "reported", "noted", "shown". */
function isFindingParticiple(word: string): boolean {
  return REPORTING_FORMS.get(word)?.kind === 'finding' && PARTICIPLE_ENDING.test(word);
}

/** Every word that may report: a participle below is one of these, and one look-up skips all the others. */
const REPORT_WORDS: ReadonlySet<string> = new Set([...AGENTLESS_REPORTS, ...FORECAST_PARTICIPLES, ...HEDGED_AGENTLESS_REPORTS, ...REPORTING_FORMS.keys()]);

const PARTICIPLE_ENDING = /(?:ed|id|wn|en|nd)$/u;
const SPOKEN_PARTICIPLE_ENDING = /(?:ed|id|wn|en)$/u;

/** A past participle of a verb of speaking: "announced", "confirmed", "denied". */
function isSpokenParticiple(word: string): boolean {
  const form = REPORTING_FORMS.get(word);
  return form !== undefined && form.kind === 'speech' && !NOT_REPORTED_BY.has(form.lemma) && SPOKEN_PARTICIPLE_ENDING.test(word);
}

/** "by" right after the participle, or after its complement: "described as “heartbreaking” by the department". */
function agentIndex(words: { lower: string; text: string }[], participle: number): number | undefined {
  for (let j = participle + 1; j < Math.min(words.length, participle + 7); j++) {
    if (words[j]!.text === ',' || words[j]!.text === '.') return undefined;
    if (words[j]!.lower === 'by') return j;
  }
  return undefined;
}
