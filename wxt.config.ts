import { defineConfig } from 'wxt';

export default defineConfig({
  // entrypoints/ sits at the repository root beside src/, not inside it.
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'assets/public',
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports: every module says where its names come from.
  imports: false,
  manifest: ({ browser }) => ({
    name: 'Sourcelight',
    description: 'Marks who said what in news articles: named entities and sourced, vague, unsourced and opinion claims. Runs on your device.',
    permissions: ['storage', 'contextMenus'],
    action: { default_title: 'Sourcelight' },
    commands: {
      'toggle-marks': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: 'Turn Sourcelight marks on or off on this page',
      },
      'next-mark': {
        suggested_key: { default: 'Alt+Shift+Period' },
        description: 'Move to the next mark and open its note',
      },
      'previous-mark': {
        suggested_key: { default: 'Alt+Shift+Comma' },
        description: 'Move to the previous mark and open its note',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'sourcelight@sourcelight.dev',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
