/**
 * Where opt-in encyclopedia lookups go. A production build always asks
 * Wikipedia's REST API; only an end-to-end test build (`wxt build --mode e2e`)
 * has a 127.0.0.1 fixture server compiled in instead (see wxt.config.ts). No
 * message, setting or page can change it at run time.
 */
declare global {
  interface ImportMetaEnv {
    readonly SOURCELIGHT_LOOKUP_BASE_URL?: string;
  }
}

export const WIKIPEDIA_SUMMARY_URL = 'https://en.wikipedia.org/api/rest_v1/page/summary/';

export const LOOKUP_BASE_URL: string = import.meta.env.SOURCELIGHT_LOOKUP_BASE_URL || WIKIPEDIA_SUMMARY_URL;

/** The host permission lookups need; optional, requested from the options page when the reader turns lookups on. */
export const LOOKUP_ORIGINS: string[] = [`${new URL(LOOKUP_BASE_URL).origin}/*`];
