import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { AnalysisSchema } from '../../../src/shared/schema';

const annotate = (args: string[], input: string) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/annotate.ts', ...args], { input, encoding: 'utf8' });

const GERMAN =
  'Der Stadtrat hat am Dienstag den neuen Haushalt für den Nahverkehr beschlossen. ' +
  '„Das ist ein guter Tag für die Stadt“, sagte Bürgermeisterin Anna Berg nach der Sitzung. ' +
  'Die Fahrpreise sollen im kommenden Jahr um zwölf Prozent steigen, die Zahl der Buslinien wird erhöht. ' +
  'Laut Verkehrsverbund fehlen dafür allerdings noch rund zwei Millionen Euro, und Kritiker warnen vor weiteren Kosten.';

describe('annotate in another language', () => {
  it('analyses German plain text with the German pack, asked for or detected', () => {
    for (const args of [['--lang', 'de', '-'], ['-']]) {
      const result = annotate(args, GERMAN);
      expect(result.status).toBe(0);
      const analysis = AnalysisSchema.parse(JSON.parse(result.stdout));
      expect(analysis.sentences.map((s) => s.label)).toEqual(['unsourced', 'sourced', 'unsourced', 'sourced']);
    }
  }, 60_000);

  it('refuses a language without a pack in one line, naming the ones there are', () => {
    const result = annotate(['--lang', 'fr', '-'], 'Bonjour.');
    expect(result.status).toBe(2);
    expect(result.stderr.trim()).toBe('--lang must be one of en, de, not "fr"');
  }, 60_000);

  it('tags CoNLL input with the German model under --conll --lang de', () => {
    const conll = '-DOCSTART- O\n\nAngela B-PER\nMerkel I-PER\nbesuchte O\nBerlin B-LOC\n. O\n';
    const result = annotate(['--conll', '--lang', 'de', '-'], conll);
    expect(result.status).toBe(0);
    expect(result.stdout.split('\n').slice(2, 7).map((line) => line.split(' ').at(-1))).toEqual(['B-PER', 'I-PER', 'O', 'B-LOC', 'O']);
  }, 60_000);
});
