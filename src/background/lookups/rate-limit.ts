/** Spaces out requests: at most `perSecond` starts in any second, across all tabs. */
export class RateLimiter {
  private next = 0;

  constructor(
    private readonly perSecond: number,
    private readonly now: () => number = Date.now,
    private readonly sleep: (ms: number) => Promise<void> = (ms) => new Promise((ok) => setTimeout(ok, ms)),
  ) {}

  async take(): Promise<void> {
    const now = this.now();
    const at = Math.max(now, this.next);
    this.next = at + 1000 / this.perSecond;
    if (at > now) await this.sleep(at - now);
  }
}
