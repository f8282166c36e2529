import { browser } from 'wxt/browser';
import { analyze, detectTextLanguage, isSupportedLanguage, loadLanguagePack } from '../analysis';
import { sendToTab } from '../shared/messaging';
import { packagedModels } from './packaged-models';

export const SELECTION_MENU_ID = 'sourcelight-analyse-selection';

/** `title`: the menu item's words in the interface's language, which the entry point takes from the catalogue. */
export function createSelectionMenu(title: string): void {
  browser.contextMenus.create({ id: SELECTION_MENU_ID, title, contexts: ['selection'] });
}

/** Analyses the reader's selection, in its language where a pack fits (else English), and shows the result in a note on the page. */
export async function analyseSelection(selection: string, tabId: number): Promise<void> {
  const text = selection.slice(0, 100_000);
  const detected = detectTextLanguage(text);
  const language = isSupportedLanguage(detected) ? detected : 'en';
  await loadLanguagePack(language, packagedModels);
  await sendToTab(tabId, { type: 'show-selection-analysis', analysis: analyze(text, { language }) });
}
