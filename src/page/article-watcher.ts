/** How long the page must be quiet before a change is looked at. */
const SETTLE_MS = 700;
/** Added text shorter than this outside the article (a clock, a counter, an ad label) is not news. */
const MEANINGFUL_TEXT = 80;

/**
 * Watches the page for changes that may alter the article: text changed inside
 * it, or a substantial block added anywhere (late paragraphs, "read more",
 * infinite scroll). Bursts are debounced and reported in idle time. Our own
 * overlay lives outside <body> and highlights are not DOM mutations, so our
 * painting never wakes the watcher.
 */
export class ArticleWatcher {
  private readonly observer: MutationObserver;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private article: Element | undefined;

  constructor(
    private readonly doc: Document,
    private readonly onChange: () => void,
    signal: AbortSignal,
  ) {
    const win = doc.defaultView as Window & typeof globalThis;
    this.observer = new win.MutationObserver((records) => {
      if (records.some((r) => this.matters(r))) this.schedule();
    });
    signal.addEventListener('abort', () => this.stop());
  }

  /** Starts (or moves) watching, with `article` as the element that holds the current article. */
  watch(article: Element | undefined): void {
    this.article = article;
    if (!this.doc.body) return;
    // "Read more" buttons reveal text by flipping these; class changes are too frequent (hover effects) to follow.
    this.observer.observe(this.doc.body, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['hidden', 'style', 'aria-hidden', 'open'],
    });
  }

  stop(): void {
    this.observer.disconnect();
    clearTimeout(this.timer);
  }

  private matters(record: MutationRecord): boolean {
    if (this.article?.contains(record.target)) return true;
    for (const node of record.addedNodes) if ((node.textContent?.trim().length ?? 0) >= MEANINGFUL_TEXT) return true;
    for (const node of record.removedNodes) if (this.article && node.contains(this.article)) return true;
    return false;
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      const win = this.doc.defaultView as (Window & typeof globalThis) | null;
      if (win && typeof win.requestIdleCallback === 'function') win.requestIdleCallback(() => this.onChange(), { timeout: 2000 });
      else this.onChange();
    }, SETTLE_MS);
  }
}
