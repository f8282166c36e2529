/** How long the address must stay put before a move is acted on: a burst of pushState calls is one move. */
const SETTLE_MS = 300;
/** Without the Navigation API, how often the address is compared. */
const POLL_MS = 1000;

/** A page's address without its fragment: `#section` jumps stay on the same page. */
export function pageAddress(location: Location): string {
  return location.href.split('#', 1)[0]!;
}

/** What changed: the page (pushState to another path, back, forward) or only the fragment. */
export type AddressChange = 'page' | 'fragment';

/**
 * Calls `onChange` when the page's address changes without a load: `page` when
 * it moved to another address (history.pushState, back and forward in a
 * single-page app), `fragment` when only the `#fragment` changed. Events only
 * wake the check; what counts is the real address, read from `location`, so a
 * page dispatching forged navigation events cannot start anything.
 */
export function watchAddress(win: Window, signal: AbortSignal, onChange: (change: AddressChange) => void): void {
  let lastPage = pageAddress(win.location);
  let lastHref = win.location.href;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const check = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const href = win.location.href;
      if (href === lastHref || signal.aborted) return;
      const page = pageAddress(win.location);
      const change: AddressChange = page === lastPage ? 'fragment' : 'page';
      lastHref = href;
      lastPage = page;
      onChange(change);
    }, SETTLE_MS);
  };
  const navigation = (win as Window & { navigation?: EventTarget }).navigation;
  if (typeof navigation?.addEventListener === 'function') navigation.addEventListener('navigatesuccess', check, { signal });
  else {
    const poll = setInterval(check, POLL_MS);
    signal.addEventListener('abort', () => clearInterval(poll));
  }
  win.addEventListener('popstate', check, { signal });
  win.addEventListener('hashchange', check, { signal });
  signal.addEventListener('abort', () => clearTimeout(timer));
}
