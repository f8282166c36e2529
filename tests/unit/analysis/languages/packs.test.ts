import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../src/analysis';
import { LANGUAGE_NAMES, SUPPORTED_LANGUAGES, isSupportedLanguage, languagePack, loadLanguagePack, supportedLanguageList } from '../../../../src/analysis/languages';
import { repoModels } from '../../../../scripts/lib/repo-models';
import { detectTextLanguage } from '../../../../src/analysis/languages/detect';
import { AnalysisSchema } from '../../../../src/shared/schema';
import { GERMAN_NAME_LISTS_FILE, GERMAN_NAME_MODEL_FILE, germanPack } from '../../../../src/analysis/languages/de';

const GERMAN =
  'Der Rüstungskonzern Rheinmetall ist nach NDR-Recherchen von einem Datenleck betroffen. ' +
  'Mehr als 1000 interne Unterlagen kursieren im Netz. „Wir prüfen den Vorgang“, sagte ein Sprecher des Konzerns in Düsseldorf. ' +
  'Die Daten seien über einen Zulieferer abgeflossen. Experten warnen vor weiteren Angriffen auf die Rüstungsindustrie. ' +
  'Laut Bundesamt für Sicherheit in der Informationstechnik ist die Lage ernst. Das Unternehmen hat im vergangenen Jahr 6 Mrd. Euro umgesetzt.';

describe('language packs', () => {
  it('lists English and German, and refuses an unknown language by name', async () => {
    expect(SUPPORTED_LANGUAGES).toEqual(['en', 'de']);
    expect(isSupportedLanguage('fr')).toBe(false);
    await expect(loadLanguagePack('fr', repoModels)).rejects.toThrow(/supported: en, de/);
    expect(() => languagePack('fr')).toThrow(/No language pack for 'fr'/);
  });

  it('reads no model file for English: the host is asked only for another language’s pack', async () => {
    const refusingHost = { readModel: (file: string) => Promise.reject(new Error(`asked for ${file}`)) };
    expect((await loadLanguagePack('en', refusingHost)).code).toBe('en');
  });

  it('gives every pack the same shape: segmentation, names, claims and a claim lexicon', async () => {
    for (const code of SUPPORTED_LANGUAGES) {
      const pack = await loadLanguagePack(code, repoModels);
      expect(pack.code).toBe(code);
      expect(pack.lexicon.reportingForms.size).toBeGreaterThan(100);
      expect(pack.lexicon.vagueHeads.size).toBeGreaterThan(20);
      expect(pack.lexicon.evaluative.length).toBeGreaterThan(50);
      expect(pack.nameModel().bits).toBeGreaterThanOrEqual(16);
    }
  });

  it('analyses English by default, as before, and German with the German pack', async () => {
    await loadLanguagePack('de', repoModels);
    const english = analyze('Apple said on Monday that sales rose. Experts say the trend will continue.');
    expect(english.sentences.map((s) => s.label)).toEqual(['sourced', 'vague']);
    expect(english.language).toBe('en');
    const german = analyze(GERMAN, { language: 'de' });
    expect(AnalysisSchema.safeParse(german).success).toBe(true);
    expect(german.language).toBe('de');
    expect(german.sentences).toHaveLength(7);
    expect(german.sentences.map((s) => s.label)).toEqual(['sourced', 'unsourced', 'sourced', 'sourced', 'vague', 'sourced', 'unsourced']);
    const names = analyze('Bundeskanzlerin Angela Merkel hat am Montag in Berlin den Vorstand der Deutschen Bank getroffen.', { language: 'de' });
    expect(names.entities.map((e) => `${e.name}/${e.type}`)).toEqual(['Angela Merkel/PER', 'Berlin/LOC', 'Deutschen Bank/ORG']);
    // "August" is a first name on faker's lists and a month first: the pack's lists leave such common nouns out.
    const month = analyze('Ende August Bundeskanzler Olaf Scholz besuchte das Werk.', { language: 'de' });
    expect(month.entities.map((e) => `${e.name}/${e.type}`)).toEqual(['Olaf Scholz/PER']);
  });
});

describe('detectTextLanguage', () => {
  it('tells German from English, and says "und" for text too short to tell', () => {
    expect(detectTextLanguage(GERMAN)).toBe('de');
    expect(detectTextLanguage('The company said on Monday that it would cut jobs, and the union said it was not told. '.repeat(4))).toBe('en');
    expect(detectTextLanguage('Rheinmetall Düsseldorf')).toBe('und');
  });
});

describe('supported languages', () => {
  it('has a pack for every supported language and names them for the reader', async () => {
    expect(supportedLanguageList()).toBe('English and German');
    for (const code of SUPPORTED_LANGUAGES) expect((await loadLanguagePack(code, repoModels)).name).toBe(LANGUAGE_NAMES[code]);
  });

  it('reads the German name lists only as the ASCII JSON their schema describes, and refuses anything else', async () => {
    const model = await repoModels.readModel(GERMAN_NAME_MODEL_FILE);
    const lists = await repoModels.readModel(GERMAN_NAME_LISTS_FILE);
    expect(lists.every((b) => b < 0x80)).toBe(true);
    expect(germanPack(model, lists).code).toBe('de');
    const bytes = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));
    expect(() => germanPack(model, Uint8Array.from([...bytes('{"about":"'), 0xc3, 0xa4, ...bytes('"}')]))).toThrow(/not ASCII/u);
    expect(() => germanPack(model, bytes('{"about":"x","firstNames":[1],"lastNames":[],"places":[]}'))).toThrow();
  });

  it('keeps the list of languages free of imports, so the page can read it without loading a pack', () => {
    expect(readFileSync('src/analysis/languages/supported.ts', 'utf8')).not.toMatch(/^\s*import\b/mu);
  });
});
