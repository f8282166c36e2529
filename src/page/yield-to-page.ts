/**
 * Resolves in a later task, so that the page's own input and rendering run in
 * between: `scheduler.yield()` where the browser has it (it keeps our place in
 * the queue), otherwise a zero-delay timer.
 */
export function yieldToPage(win: Window): Promise<void> {
  const scheduler = (win as Window & { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => win.setTimeout(resolve, 0));
}
