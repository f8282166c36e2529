/**
 * When this tab may analyse its page again. Each run pushes the next one
 * further out (back-off), and a quiet spell forgets the history, so a page that
 * keeps changing costs a few runs, not one per change.
 */
export class ReanalysisPacer {
  private runs = 0;
  private last = Number.NEGATIVE_INFINITY;

  /**
   * @param gapsMs the wait before the first, second, … run after a previous one; the last gap repeats.
   * @param quietMs after this long without a run, the back-off starts again.
   */
  constructor(
    private readonly gapsMs: readonly number[],
    private readonly quietMs: number,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Milliseconds to wait before the next run is allowed; 0 when it may run now. */
  wait(): number {
    const now = this.now();
    if (now - this.last >= this.quietMs) this.runs = 0;
    const gap = this.gapsMs[Math.min(this.runs, this.gapsMs.length - 1)] ?? 0;
    return Math.max(0, this.last + gap - now);
  }

  /** Records a run starting now. */
  ran(): void {
    const now = this.now();
    if (now - this.last >= this.quietMs) this.runs = 0;
    this.runs++;
    this.last = now;
  }
}
