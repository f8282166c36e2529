import { defineContentScript } from 'wxt/utils/define-content-script';
import { PageController } from '../src/page/controller';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    const onLocationChange = (callback: () => void) => ctx.addEventListener(window, 'wxt:locationchange', callback);
    // Compiling this script is already one task for the page; our own start-up waits for the next.
    ctx.setTimeout(() => void new PageController(document, ctx.signal, onLocationChange).start(), 0);
  },
});
