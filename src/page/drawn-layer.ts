/**
 * A layer of our own shadow root drawn over the page in document coordinates,
 * so scrolling needs no redraw; a resize of the window or a reflow of the page
 * redraws it in the next frame, and ending the page session clears it.
 */
export abstract class DrawnLayer {
  private frame = 0;
  private readonly resizeObserver: ResizeObserver;

  constructor(
    protected readonly doc: Document,
    protected readonly layer: HTMLElement,
    signal: AbortSignal,
  ) {
    const win = doc.defaultView as Window & typeof globalThis;
    const redraw = () => this.scheduleDraw();
    win.addEventListener('resize', redraw, { passive: true, signal });
    this.resizeObserver = new win.ResizeObserver(redraw);
    signal.addEventListener('abort', () => this.remove());
  }

  remove(): void {
    this.forget();
    this.resizeObserver.disconnect();
    this.doc.defaultView?.cancelAnimationFrame(this.frame);
    this.layer.replaceChildren();
  }

  /** Draws now, and again whenever the page's body changes size. */
  protected show(): void {
    if (this.doc.body) this.resizeObserver.observe(this.doc.body);
    this.draw();
  }

  private scheduleDraw(): void {
    const win = this.doc.defaultView;
    if (!win || this.isEmpty()) return;
    win.cancelAnimationFrame(this.frame);
    this.frame = win.requestAnimationFrame(() => this.draw());
  }

  protected abstract draw(): void;
  protected abstract isEmpty(): boolean;
  /** Drops what the layer holds to draw. */
  protected abstract forget(): void;
}
