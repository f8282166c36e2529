import type { CDPSession, Page } from 'playwright-core';

/**
 * Sourcelight's overlay keeps its notes in a closed shadow root, so neither page
 * scripts nor Playwright's selectors can reach into it. Tests and the demo
 * reach it as DevTools does, through the Chrome DevTools Protocol, which sees
 * closed shadow roots: nothing in the extension opens a way in for them.
 */
async function withOverlayRoot<T>(page: Page, use: (cdp: CDPSession, rootId: string) => Promise<T>): Promise<T | undefined> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { result } = await cdp.send('Runtime.evaluate', { expression: "document.querySelector('sourcelight-overlay')" });
    if (!result.objectId) return undefined;
    const { node } = await cdp.send('DOM.describeNode', { objectId: result.objectId, pierce: true, depth: 0 });
    const shadow = node.shadowRoots?.[0];
    if (!shadow) return undefined;
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
    return object.objectId ? await use(cdp, object.objectId) : undefined;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/** Calls `declaration` (a function's source) with `this` the overlay's shadow root; throws when there is no overlay. */
async function callOnRoot<R>(page: Page, declaration: string, arg: unknown): Promise<R> {
  const found = await withOverlayRoot(page, async (cdp, rootId) => {
    const call = await cdp.send('Runtime.callFunctionOn', { objectId: rootId, functionDeclaration: declaration, arguments: [{ value: arg }], returnByValue: true, awaitPromise: true });
    if (call.exceptionDetails) throw new Error(call.exceptionDetails.exception?.description ?? call.exceptionDetails.text);
    return { value: call.result.value as R };
  });
  if (!found) throw new Error('There is no <sourcelight-overlay> with a shadow root on the page.');
  return found.value;
}

/** Runs `fn` in the page with the overlay's shadow root; its result must be JSON-serialisable. */
export function inOverlay<R, A = undefined>(page: Page, fn: (root: ShadowRoot, arg: A) => R | Promise<R>, arg?: A): Promise<R> {
  return callOnRoot<R>(page, `function (arg) { return (${fn.toString()})(this, arg); }`, arg);
}

/** Polls `check` until it returns true, up to `timeout` ms. */
async function until(check: () => Promise<boolean>, timeout: number, what: string): Promise<void> {
  const deadline = Date.now() + timeout;
  while (!(await check().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeout} ms waiting for ${what}.`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The first element matching `selector` inside the overlay, with the few things tests ask of it. */
export function overlayLocator(page: Page, selector: string) {
  const query = <R>(fn: (el: Element | null) => R) => callOnRoot<R>(page, `function (selector) { return (${fn.toString()})(this.querySelector(selector)); }`, selector);
  return {
    async waitFor(options: { state?: 'attached' | 'visible' | 'detached'; timeout?: number } = {}): Promise<void> {
      const state = options.state ?? 'visible';
      await until(
        () =>
          query((el) => (el ? (el as HTMLElement).getClientRects().length > 0 : null)).then((visible) =>
            state === 'detached' ? visible === null : state === 'attached' ? visible !== null : visible === true,
          ),
        options.timeout ?? 10_000,
        `${selector} to be ${state} in the overlay`,
      );
      // Visible means shown in full: screenshots cannot finish animations inside a closed shadow root themselves.
      if (state === 'visible') {
        await inOverlay(page, async (root) => {
          const finite = root.getAnimations().filter((a) => a.effect?.getComputedTiming().endTime !== Infinity);
          await Promise.all(finite.map((a) => a.finished.catch(() => undefined)));
        });
      }
    },
    count: () => inOverlay(page, (root, sel) => root.querySelectorAll(sel).length, selector),
    textContent: () => query((el) => el?.textContent ?? null),
    getAttribute: (name: string) => inOverlay(page, (root, arg) => root.querySelector(arg.selector)?.getAttribute(arg.name) ?? null, { selector, name }),
    /** Clicks the middle of the element, as the reader's pointer would. */
    async click(): Promise<void> {
      const box = await query((el) => {
        const r = el?.getBoundingClientRect();
        return r ? { x: r.left + r.width / 2, y: r.top + r.height / 2 } : null;
      });
      if (!box) throw new Error(`No ${selector} in the overlay to click.`);
      await page.mouse.click(box.x, box.y);
    },
  };
}
