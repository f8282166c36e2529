import type { BrowserContext, CDPSession } from 'playwright-core';

/**
 * The extension service worker's JS heap over CDP. Playwright opens CDP sessions
 * on pages only, so this attaches from the browser session and talks to the
 * worker through Target.sendMessageToTarget.
 */
export class WorkerHeap {
  private nextId = 0;

  private constructor(
    private readonly browserSession: CDPSession,
    private readonly sessionId: string,
  ) {}

  static async attach(context: BrowserContext, workerUrl: string): Promise<WorkerHeap> {
    const browser = context.browser();
    if (!browser) throw new Error('The extension context has no browser to open a CDP session on.');
    const session = await browser.newBrowserCDPSession();
    const { targetInfos } = await session.send('Target.getTargets');
    const target = targetInfos.find((t) => t.type === 'service_worker' && t.url === workerUrl);
    if (!target) throw new Error(`No service worker target at ${workerUrl}`);
    const { sessionId } = await session.send('Target.attachToTarget', { targetId: target.targetId, flatten: false });
    return new WorkerHeap(session, sessionId);
  }

  /** Used heap bytes after a full garbage collection: what the worker keeps. */
  async usedAfterGc(): Promise<number> {
    await this.call('HeapProfiler.collectGarbage');
    const { usedSize } = (await this.call('Runtime.getHeapUsage')) as { usedSize: number };
    return usedSize;
  }

  private call(method: string): Promise<unknown> {
    const id = ++this.nextId;
    return new Promise((resolve, reject) => {
      const onMessage = (event: { sessionId?: string; message: string }) => {
        const reply = JSON.parse(event.message) as { id?: number; result?: unknown; error?: { message: string } };
        if (event.sessionId !== this.sessionId || reply.id !== id) return;
        this.browserSession.off('Target.receivedMessageFromTarget', onMessage);
        if (reply.error) reject(new Error(`${method}: ${reply.error.message}`));
        else resolve(reply.result);
      };
      this.browserSession.on('Target.receivedMessageFromTarget', onMessage);
      this.browserSession
        .send('Target.sendMessageToTarget', { sessionId: this.sessionId, message: JSON.stringify({ id, method }) })
        .catch(reject);
    });
  }
}
