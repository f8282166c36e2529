import { browser } from 'wxt/browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * How long the content script lives: until the extension itself is gone
 * (updated, reloaded, disabled), never because the page says so.
 *
 * WXT ends a content script's context when a document event named
 * `<extension-id>:content:wxt:content-script-started` arrives, so that a newly
 * injected copy replaces an old one. Any page can dispatch that event (the
 * extension id is public), so we do not tie our work to WXT's context. On that
 * event we check for ourselves: a copy whose extension is gone has no
 * `runtime.id` and stops; a live one carries on, whoever sent the event.
 */
export function pageLifetime(doc: Document): AbortSignal {
  const lifetime = new AbortController();
  const stopIfOrphaned = () => {
    if (!isExtensionAlive()) lifetime.abort();
  };
  // WXT's own event name (typed private there): `<extension-id>:<entrypoint>:wxt:content-script-started`.
  const started = String(Reflect.get(ContentScriptContext, 'SCRIPT_STARTED_MESSAGE_TYPE'));
  doc.addEventListener(started, stopIfOrphaned, { signal: lifetime.signal });
  return lifetime.signal;
}

/** False once the extension that injected this script has been updated, reloaded or removed. */
export function isExtensionAlive(): boolean {
  try {
    return browser.runtime?.id !== undefined;
  } catch {
    return false;
  }
}
