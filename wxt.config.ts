import { defineConfig } from 'wxt';

const WIKIPEDIA = 'https://en.wikipedia.org/*';

/**
 * Encyclopedia lookups go to Wikipedia. Only an end-to-end test build
 * (`wxt build --mode e2e`, written to .output/chrome-mv3-e2e) points them at a
 * fixture server on 127.0.0.1, given by SOURCELIGHT_E2E_LOOKUP_BASE_URL at build
 * time; every other build compiles in an empty value and ignores the variable.
 */
function testLookupBase(mode: string): string {
  if (mode !== 'e2e') return '';
  const url = process.env.SOURCELIGHT_E2E_LOOKUP_BASE_URL ?? '';
  if (!/^http:\/\/127\.0\.0\.1:\d{2,5}\/[\w/.-]*\/$/.test(url)) {
    throw new Error('An e2e build needs SOURCELIGHT_E2E_LOOKUP_BASE_URL=http://127.0.0.1:PORT/…/ (a local fixture server).');
  }
  return url;
}

export default defineConfig({
  // entrypoints/ sits at the repository root beside src/, not inside it.
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'assets/public',
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports: every module says where its names come from.
  imports: false,
  // The sources zip is for store reviewers to rebuild the extension: saved test pages are not needed for that.
  zip: { excludeSources: ['tests/fixtures/**', 'tests/e2e/__screenshots__/**', 'bench/**', 'demo-output/**'] },
  vite: ({ mode }) => ({
    define: { 'import.meta.env.SOURCELIGHT_LOOKUP_BASE_URL': JSON.stringify(testLookupBase(mode)) },
  }),
  manifest: ({ browser, mode }) => ({
    // Name, description and command descriptions come from assets/public/_locales in the browser's language.
    default_locale: 'en',
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    permissions: ['storage', 'contextMenus'],
    // Asked for only when the reader turns on Wikipedia lookups in the options (MV2 Firefox: optional_permissions).
    ...(browser === 'firefox' ? { optional_permissions: [WIKIPEDIA] } : { optional_host_permissions: [WIKIPEDIA] }),
    ...(mode === 'e2e' ? { host_permissions: [`${new URL(testLookupBase(mode)).origin}/*`] } : {}),
    action: { default_title: 'Sourcelight' },
    commands: {
      'toggle-marks': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_commandToggleMarks__',
      },
      'next-mark': {
        suggested_key: { default: 'Alt+Shift+Period' },
        description: '__MSG_commandNextMark__',
      },
      'previous-mark': {
        suggested_key: { default: 'Alt+Shift+Comma' },
        description: '__MSG_commandPreviousMark__',
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
