import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { mappedOffsetAt } from '../../../src/page/hit-test';
import { buildMarks, markAt, sentenceStops } from '../../../src/page/marks';
import { placeNote } from '../../../src/page/note-placement';
import { buildTextMap, offsetsFromPoint } from '../../../src/page/text-map';
import type { Analysis, Cue, Label, Sentence } from '../../../src/shared/schema';
import { DEFAULT_SETTINGS } from '../../../src/shared/settings';

const LINES: Array<[string, Label, Array<[Cue['kind'], string]>]> = [
  ['Mayor Alicia Moreno said the barrier protects eleven thousand homes.', 'sourced', [['reporting-verb', 'said']]],
  ['Experts say the plan ignores the wetlands downstream.', 'vague', [['vague-source', 'Experts say']]],
  ['The project will cost 48 million dollars and Harbor Engineering Ltd will build it by 2027.', 'unsourced', [['fact', '48 million dollars'], ['fact', '2027']]],
  ['Alicia Moreno is a remarkably patient mayor.', 'opinion', [['opinion', 'remarkably patient']]],
  ['It is a shameful waste of money.', 'opinion', [['opinion', 'shameful']]],
];
const TEXT = LINES.map(([line]) => line).join('\n');

/** An Analysis as the engine hands it over, built by hand so these tests do not move with the engine's labels. */
function handmade(): Analysis {
  let at = 0;
  const sentences: Sentence[] = LINES.map(([text, label, cues]) => {
    const start = at;
    at += text.length + 1;
    return { start, end: start + text.length, text, label, subjective: label === 'opinion', cues: cues.map(([kind, word]) => ({ kind, start: start + text.indexOf(word), end: start + text.indexOf(word) + word.length })) };
  });
  const mentionsOf = (name: string) => [...TEXT.matchAll(new RegExp(name, 'g'))].map((m) => ({ start: m.index, end: m.index + name.length, text: name }));
  return {
    version: 1,
    text: TEXT,
    sentences,
    entities: [
      { id: 'moreno', name: 'Alicia Moreno', type: 'PER', mentions: mentionsOf('Alicia Moreno') },
      { id: 'harbor', name: 'Harbor Engineering Ltd', type: 'ORG', mentions: mentionsOf('Harbor Engineering Ltd') },
    ],
  };
}

describe('marks in the calm and the full mode', () => {
  const analysis = handmade();
  const calm = buildMarks(analysis, DEFAULT_SETTINGS);
  const full = buildMarks(analysis, { ...DEFAULT_SETTINGS, markMode: 'everything' });

  it('calm is the default, and paints no whole sentence and no sourced claim', () => {
    expect(DEFAULT_SETTINGS.markMode).toBe('attention');
    const painted = calm.filter((m) => 'sentence' in m && !m.quiet);
    expect(painted.length).toBeGreaterThan(0);
    expect(painted.filter((m) => m.kind === 'sourced')).toEqual([]);
    for (const m of painted) {
      const sentence = analysis.sentences[(m as { sentence: number }).sentence]!;
      expect(m.end - m.start).toBeLessThan(sentence.end - sentence.start);
    }
  });

  it('keeps every labelled sentence as a quiet mark, so each label is one click or one keystroke away', () => {
    const labelled = analysis.sentences.filter((s) => s.label).length;
    expect(sentenceStops(calm)).toHaveLength(labelled);
    expect(sentenceStops(full)).toHaveLength(labelled);
    expect(new Set(sentenceStops(calm).map((m) => m.kind))).toEqual(new Set(analysis.sentences.flatMap((s) => (s.label ? [s.label] : []))));
  });

  it('tints a name at its first mention only; everything tints them all', () => {
    const moreno = analysis.entities.find((e) => e.name.includes('Moreno'))!;
    expect(moreno.mentions.length).toBeGreaterThan(1);
    const painted = (marks: typeof calm) => marks.filter((m) => 'entity' in m && m.entity === moreno.id && !m.quiet).length;
    expect(painted(calm)).toBe(1);
    expect(painted(full)).toBe(moreno.mentions.length);
  });

  it('opens a painted mark on hover, a quiet one only on click', () => {
    const sourced = analysis.sentences.findIndex((s) => s.label === 'sourced');
    const inside = analysis.sentences[sourced]!.start + analysis.sentences[sourced]!.text.indexOf('barrier');
    expect(markAt(calm, inside, 'hover')).toBeUndefined();
    expect(markAt(calm, inside, 'click')).toMatchObject({ sentence: sourced, quiet: true });
    expect(markAt(full, inside, 'hover')).toMatchObject({ sentence: sourced });
    const secondMention = analysis.entities.find((e) => e.name.includes('Moreno'))!.mentions[1]!;
    expect(markAt(calm, secondMention.start, 'hover')).toBeUndefined();
    expect(markAt(calm, secondMention.start, 'click')).toMatchObject({ quiet: true });
    expect(markAt(calm, secondMention.start, 'click')).toHaveProperty('entity');
  });
});

describe('the point-to-text lookup for notes', () => {
  const { document } = parseHTML(
    '<html><body><article><p id="a">The council approved the barrier.</p><figure><figcaption id="cap">Photo: Sam Keller</figcaption></figure><p id="b">It will cost 48 million dollars.</p></article></body></html>',
  );
  const paragraphs = [document.getElementById('a')!, document.getElementById('b')!] as unknown as Element[];
  const map = buildTextMap(paragraphs);
  const caption = document.getElementById('cap')!.firstChild!;
  const second = document.getElementById('b')!.firstChild!;

  it('gives the offset of analysed text', () => {
    expect(map.text.slice(mappedOffsetAt(map, second as never, 3)!)).toMatch(/^will cost/);
  });

  it('gives nothing for text the article leaves out, where the selection lookup falls forward', () => {
    expect(offsetsFromPoint(map, caption as never, 2)).not.toBeNull();
    expect(mappedOffsetAt(map, caption as never, 2)).toBeUndefined();
  });
});

describe('where a note goes', () => {
  const viewport = { width: 1000, height: 800 };
  const note = { width: 360, height: 200 };
  const overlaps = (a: { left: number; top: number }, r: { left: number; top: number; right: number; bottom: number }) =>
    a.left < r.right && r.left < a.left + note.width && a.top < r.bottom && r.top < a.top + note.height;

  it('below the sentence it explains, never over it', () => {
    const lines = [{ left: 300, top: 100, right: 900, bottom: 120 }, { left: 100, top: 120, right: 700, bottom: 140 }];
    const at = placeNote(lines, note, viewport);
    expect(at.top).toBeGreaterThanOrEqual(140);
    for (const line of lines) expect(overlaps(at, line)).toBe(false);
  });

  it('above it near the bottom, beside it when neither fits', () => {
    const low = [{ left: 100, top: 700, right: 600, bottom: 720 }];
    expect(placeNote(low, note, viewport).top + note.height).toBeLessThanOrEqual(700);
    const tall = [{ left: 100, top: 150, right: 600, bottom: 650 }];
    const beside = placeNote(tall, note, viewport);
    expect(overlaps(beside, tall[0]!)).toBe(false);
    expect(beside.left).toBeGreaterThanOrEqual(600);
  });
});
