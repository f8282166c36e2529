import { defineContentScript } from 'wxt/utils/define-content-script';
import { PageController } from '../src/page/controller';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    void new PageController(document, ctx.signal).start();
  },
});
