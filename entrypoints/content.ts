import { defineContentScript } from 'wxt/utils/define-content-script';
import { watchAddress } from '../src/page/address-watcher';
import { PageController, type AddressChanges } from '../src/page/controller';
import { pageLifetime } from '../src/page/page-lifetime';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // WXT's own context (`ctx`) can be ended by any page; ours ends only with the extension (see pageLifetime).
  main() {
    const signal = pageLifetime(document);
    const onAddressChange: AddressChanges = (callback) => watchAddress(window, signal, callback);
    // Compiling this script is already one task for the page; our own start-up waits for the next.
    setTimeout(() => void new PageController(document, signal, onAddressChange).start(), 0);
  },
});
