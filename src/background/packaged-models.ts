import { browser, type PublicPath } from 'wxt/browser';
import type { LanguagePackHost } from '../analysis';

/**
 * Language packs' model files, fetched from the extension's own files (the build copies
 * `assets/public/`): a service worker and a background page may fetch those, so a model's
 * bytes reach the worker only when a text in its language arrives.
 */
export const packagedModels: LanguagePackHost = {
  async readModel(file) {
    // The path comes from the engine, not from a page; WXT types only the paths it saw at build time.
    const response = await fetch(browser.runtime.getURL(`/${file}` as PublicPath));
    if (!response.ok) throw new Error(`Could not read the model file ${file}: ${response.status}`);
    return new Uint8Array(await response.arrayBuffer());
  },
};
