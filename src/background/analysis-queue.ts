import type { AnalyzeReply } from '../shared/messages';

interface Job {
  /** Who asked: a newer request from the same tab replaces a waiting one. */
  tabId: number;
  /** Characters to analyse: the shortest waiting job goes first. */
  size: number;
  work: () => AnalyzeReply;
  resolve: (reply: AnalyzeReply) => void;
}

export const SUPERSEDED_ERROR = 'A newer analysis of this tab replaced this one.';

/**
 * The background worker runs one analysis at a time. Jobs wait here, and each
 * starts in a task of its own, so requests that arrive meanwhile are seen: the
 * shortest waiting job goes next (a short article is not stuck behind a long
 * one from another tab), and a tab's newer request drops its older waiting one.
 */
export class AnalysisQueue {
  private waiting: Job[] = [];
  private busy = false;

  run(tabId: number, size: number, work: () => AnalyzeReply): Promise<AnalyzeReply> {
    for (const job of this.waiting) if (job.tabId === tabId) job.resolve({ ok: false, error: SUPERSEDED_ERROR });
    this.waiting = this.waiting.filter((job) => job.tabId !== tabId);
    return new Promise((resolve) => {
      this.waiting.push({ tabId, size, work, resolve });
      this.next();
    });
  }

  private next(): void {
    if (this.busy || this.waiting.length === 0) return;
    this.busy = true;
    setTimeout(() => {
      let shortest = 0;
      for (let i = 1; i < this.waiting.length; i++) if (this.waiting[i]!.size < this.waiting[shortest]!.size) shortest = i;
      const [job] = this.waiting.splice(shortest, 1);
      try {
        job?.resolve(job.work());
      } finally {
        this.busy = false;
        this.next();
      }
    }, 0);
  }
}
