import { browser } from 'wxt/browser';
import english from '../../assets/public/_locales/en/messages.json';

/** Every message the interface shows, by its key in `_locales/<lang>/messages.json`; English is the reference catalogue. */
export type MessageKey = keyof typeof english;

interface CatalogueEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

/**
 * A message in the browser's interface language (English where no catalogue fits),
 * with its placeholders filled in the catalogue's order (`$1`, `$2`…).
 * Outside an extension (unit tests, the CLI) the English catalogue answers.
 */
export function t(key: MessageKey, ...substitutions: Array<string | number>): string {
  const values = substitutions.map(String);
  const localised = browserMessage(key, values);
  return localised || englishMessage(key, values);
}

/** The language of the catalogue in use: the engine's own page messages are written in English and shown as they are only then. */
export function interfaceIsEnglish(): boolean {
  return t('uiLanguage') === 'en';
}

/**
 * A sentence written in English outside the interface (the page layer's reasons, the settings store's notices):
 * shown as it is in English, replaced by the catalogue's general sentence `key` in any other language.
 */
export function englishOr(text: string | undefined, key: MessageKey, ...substitutions: Array<string | number>): string {
  return (interfaceIsEnglish() && text) || t(key, ...substitutions);
}

/** Marks an extension page with the interface's language, so screen readers and hyphenation follow it. */
export function setDocumentLanguage(doc: Document): void {
  doc.documentElement.lang = t('uiLanguage');
}

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(english, key);
}

function browserMessage(key: MessageKey, values: string[]): string {
  try {
    // Our own key type is the check; WXT's generated one depends on a `wxt prepare` run.
    const getMessage = browser.i18n.getMessage as (name: string, substitutions?: string[]) => string;
    return getMessage(key, values);
  } catch {
    return '';
  }
}

/** A message from the English catalogue whatever the browser's language: for exports, which are written in English like the JSON. */
export function inEnglish(key: MessageKey, ...substitutions: Array<string | number>): string {
  return englishMessage(key, substitutions.map(String));
}

function englishMessage(key: MessageKey, values: string[]): string {
  const entry: CatalogueEntry = english[key];
  return entry.message.replace(/\$(\w+)\$/g, (whole, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content;
    const index = content ? Number(content.slice(1)) - 1 : -1;
    return index >= 0 ? (values[index] ?? '') : whole;
  });
}
