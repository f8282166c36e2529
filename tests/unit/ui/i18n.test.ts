import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { t } from '../../../src/ui/i18n';
import { LABEL_WORDS } from '../../../src/ui/words';

const LOCALES = join(__dirname, '../../../assets/public/_locales');

interface Entry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

function catalogue(lang: string): Record<string, Entry> {
  return JSON.parse(readFileSync(join(LOCALES, lang, 'messages.json'), 'utf8')) as Record<string, Entry>;
}

/** The placeholders a message uses, with the argument each one takes. */
function placeholders(entry: Entry): string[] {
  const used = [...entry.message.matchAll(/\$(\w+)\$/g)].map((m) => m[1]!.toLowerCase());
  return used.map((name) => `${name}=${entry.placeholders?.[name]?.content ?? 'undefined'}`).sort();
}

describe('message catalogues', () => {
  const english = catalogue('en');
  const languages = readdirSync(LOCALES);

  it('has English and German', () => {
    expect(languages).toEqual(expect.arrayContaining(['en', 'de']));
  });

  it.each(languages.filter((l) => l !== 'en'))('%s has the same keys and placeholders as English', (lang) => {
    const other = catalogue(lang);
    expect(Object.keys(other).sort()).toEqual(Object.keys(english).sort());
    for (const key of Object.keys(english)) {
      expect({ key, placeholders: placeholders(other[key]!) }).toEqual({ key, placeholders: placeholders(english[key]!) });
      expect(other[key]!.message.trim(), key).not.toBe('');
    }
  });

  it.each(languages)('%s declares every placeholder it uses and no other', (lang) => {
    for (const [key, entry] of Object.entries(catalogue(lang))) {
      const used = new Set([...entry.message.matchAll(/\$(\w+)\$/g)].map((m) => m[1]!.toLowerCase()));
      expect({ key, declared: Object.keys(entry.placeholders ?? {}).sort() }).toEqual({ key, declared: [...used].sort() });
    }
  });

  it('names each catalogue by its own language', () => {
    for (const lang of languages) expect(catalogue(lang).uiLanguage?.message).toBe(lang);
  });

  it('reads every key the manifest names', () => {
    const config = readFileSync(join(__dirname, '../../../wxt.config.ts'), 'utf8');
    const named = [...config.matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]!);
    expect(named.length).toBeGreaterThan(0);
    for (const key of named) expect(english, key).toHaveProperty(key);
  });
});

describe('t outside the browser', () => {
  it('answers in English with the placeholders filled', () => {
    expect(t('noteMentionedTimes', 3)).toBe('Mentioned 3 times');
    expect(t('noteLabel', 'Angela Merkel')).toBe('Sourcelight note: Angela Merkel');
    expect(t('stateUnsupportedLanguage', 'English and German')).toBe(
      'Sourcelight analyses English and German text only; this article is in another language.',
    );
  });

  it('keeps the English label names', () => {
    expect(Object.values(LABEL_WORDS).map((w) => w.name)).toEqual(['Sourced', 'Vaguely sourced', 'Unsourced', 'Opinion']);
  });
});
