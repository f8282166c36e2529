import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { showBadge } from '../src/background/badge';
import { forwardCommand } from '../src/background/commands';
import { handleBackgroundMessage } from '../src/background/router';
import { analyseSelection, createSelectionMenu, SELECTION_MENU_ID } from '../src/background/selection-menu';
import { tabStates } from '../src/background/tab-states';
import { t } from '../src/ui/i18n';

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(() => createSelectionMenu(t('menuAnalyseSelection')));
  browser.runtime.onMessage.addListener((message, sender) => handleBackgroundMessage(message, sender));
  browser.commands.onCommand.addListener((command) => void forwardCommand(command));
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === SELECTION_MENU_ID && info.selectionText && tab?.id !== undefined) {
      void analyseSelection(info.selectionText, tab.id);
    }
  });
  // A tab's summary belongs to the page it was made on. Without the "tabs" permission `change.url` is never
  // set, but every load of a new document, including one we do not run on, starts with status "loading".
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading' || change.url !== undefined) void tabStates.clear(tabId).then(() => showBadge(tabId, undefined));
  });
  browser.tabs.onRemoved.addListener((tabId) => void tabStates.clear(tabId));
});
