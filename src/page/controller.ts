import { browser } from 'wxt/browser';
import { LanguageCodeSchema, type EntityInfo } from '../shared/messages';
import { handle, isOwnSender, readRequest, requestAnalysis, sendToBackground, type Handlers } from '../shared/messaging';
import type { PageState, PageStateName, Summary } from '../shared/page-state';
import type { Analysis, PageMeta } from '../shared/schema';
import { shouldAnnotate, type Settings } from '../shared/settings';
import { loadSettings, watchSettings } from '../shared/settings-store';
import { targetKey, type NoteTarget } from '../ui/note-card';
import { findArticleInSteps } from './article';
import { articleTextMap } from './article-budget';
import { analysisRequest } from './analysis-request';
import type { AddressChange } from './address-watcher';
import { ArticleWatcher } from './article-watcher';
import { mainEntities, requestEntityContext } from './entity-context';
import { Highlighter, ReadingPainter, type MarkPainter } from './highlight';
import { markAtPoint } from './hit-test';
import { MarginRules } from './margin-rules';
import { buildMarks, sentenceStops, type Mark, type Pointer } from './marks';
import { Overlay } from './overlay';
import { ReanalysisPacer } from './reanalysis-pacer';
import { RectPainter } from './rect-painter';
import { compareTexts } from './text-change';
import { yieldToPage } from './yield-to-page';
import { showSelectionNote } from './selection-note';
import { rangeFromOffsets, type TextMap } from './text-map';

interface Annotation {
  analysis: Analysis;
  /** The popup's summary of the analysis, made by the background worker with it. */
  summary: Summary;
  map: TextMap;
  marks: Mark[];
  /** The element holding the article, watched for changes. */
  root: Element;
  title?: string;
  /** What the page says about itself (headline, byline, date, site). */
  meta?: PageMeta;
  /** Set when the page was too long to analyse whole. */
  message?: string;
  /** Where a span of the analysed text lies in the page's current text (the page may have changed a little since). */
  place: (start: number, end: number) => { start: number; end: number } | undefined;
}

const unmoved = (start: number, end: number) => ({ start, end });

/** Fewer pairs of neighbouring words than this added or removed (digits aside) is no reason to analyse again: a clock, a counter, a typo. */
const MATERIAL_CHANGE_PAIRS = 12;
/** Re-analyses of a changing page: the first at once, then 15 s, 60 s, 4 min apart; 5 quiet minutes start over. */
const REANALYSIS_GAPS_MS = [0, 15_000, 60_000, 240_000];
const REANALYSIS_QUIET_MS = 300_000;

/** Thrown at a yield when a newer run (navigation, re-analysis, switch-off) has replaced this one. */
class Superseded extends Error {}

/** Subscribes to the page's address changing without a load (history.pushState, popstate, a #fragment). */
export type AddressChanges = (onChange: (change: AddressChange) => void) => void;

/**
 * One page's life with Sourcelight: find the article, have it analysed, paint
 * marks, answer the popup, and take everything down when switched off. Every
 * listener is tied to `signal`, so aborting leaves nothing behind.
 */
export class PageController {
  private readonly overlay: Overlay;
  private readonly highlighter: MarkPainter;
  private settings!: Settings;
  private annotation: Annotation | undefined;
  /** The reader asked to analyse this page although it was not taken for an article; forgotten on navigation. */
  private forced = false;
  private page: PageState;
  private navIndex = -1;
  private hoverTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly watcher: ArticleWatcher;
  /** Bumped whenever the page starts over, so that a slower, older analysis is dropped. */
  private generation = 0;
  private readonly pacer = new ReanalysisPacer(REANALYSIS_GAPS_MS, REANALYSIS_QUIET_MS);
  /** A material change that had to wait for the pacer. */
  private deferredRefresh: ReturnType<typeof setTimeout> | undefined;
  /** The article changed while its analysis was under way: look again once it is painted. */
  private changedWhileAnnotating = false;
  /** The note the reader has open from a mark, so it can follow the mark when the page repaints. */
  private noteTarget: NoteTarget | undefined;

  constructor(
    private readonly doc: Document,
    private readonly signal: AbortSignal,
    onAddressChange?: AddressChanges,
  ) {
    this.overlay = new Overlay(doc, signal);
    const win = doc.defaultView as Window & typeof globalThis;
    const painter = Highlighter.isSupported(win) ? new Highlighter(doc) : new RectPainter(doc, this.overlay.markLayer, signal);
    this.highlighter = new ReadingPainter(painter, new MarginRules(doc, this.overlay.ruleLayer, signal));
    this.page = { state: 'annotating', url: doc.location?.href ?? '' };
    this.watcher = new ArticleWatcher(doc, () => void this.refresh(), signal);
    // A #fragment jump is the same page: nothing to redo, but the browser told the background it navigated.
    onAddressChange?.((change) => void (change === 'page' ? this.startOver() : this.republish()));
    signal.addEventListener('abort', () => clearTimeout(this.deferredRefresh));
  }

  /** Never throws: whatever goes wrong ends in the `error` state, with the page left as it was. */
  async start(): Promise<void> {
    try {
      await this.startWork();
    } catch (error) {
      await this.fail(error);
    }
  }

  private async startWork(): Promise<void> {
    if (this.overlay.failure) throw this.overlay.failure;
    const handlers = this.handlers();
    const onMessage = (message: unknown, sender: Parameters<typeof isOwnSender>[0]) => {
      if (!isOwnSender(sender)) return undefined;
      const request = readRequest('page', message);
      return request ? handle(handlers, request) : undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    this.signal.addEventListener('abort', () => {
      browser.runtime.onMessage.removeListener(onMessage);
      this.highlighter.remove();
    });
    const stopWatching = watchSettings((settings) => void this.applySettings(settings));
    this.signal.addEventListener('abort', stopWatching);
    this.listenForPointer();

    this.settings = (await loadSettings()).settings;
    this.overlay.setTheme(this.settings.colorScheme);
    this.overlay.legend.update({ mode: this.settings.markMode });
    if (shouldAnnotate(this.settings, this.host())) await this.turnOn();
    else await this.publish({ state: 'off', message: 'Sourcelight is off on this page.' });
  }

  private host(): string {
    return this.doc.location?.hostname ?? '';
  }

  /** What the page answers our popup and background. */
  private handlers(): Handlers<'page'> {
    return {
      'get-page-state': () => this.page,
      'get-analysis': () => this.annotation?.analysis ?? null,
      'set-enabled': async (message) => {
        await (message.enabled ? this.turnOn() : this.turnOff());
        return this.page;
      },
      'jump-to': (message) => this.jumpTo(message.target),
      command: async ({ command }) => {
        // On a page not taken for an article, the toggle is the reader's "analyse it anyway".
        if (command === 'toggle-marks' && this.page.state === 'not-article') await this.analyseAnyway();
        else if (command === 'toggle-marks') await (this.page.state === 'off' ? this.turnOn() : this.turnOff());
        else this.moveMark(command === 'next-mark' ? 1 : -1);
        return this.page;
      },
      'analyse-anyway': async () => {
        await this.analyseAnyway();
        return this.page;
      },
      'show-selection-analysis': ({ analysis }) => {
        showSelectionNote(this.doc, this.overlay, analysis);
        return true;
      },
    };
  }

  private async turnOn(): Promise<void> {
    if (this.annotation) {
      // Switching back on is instant: the analysis is kept while marks are off.
      this.paint();
      this.watcher.watch(this.annotation.root);
      await this.publishAnnotated(this.annotation);
      return;
    }
    await this.publish({ state: 'annotating' });
    await this.annotate();
  }

  /**
   * A pause between steps of one run: it yields to the page, then ends the run
   * (by throwing Superseded) if a newer one has started or we were switched off.
   */
  private pauseFor(generation: number): () => Promise<void> {
    const win = this.doc.defaultView!;
    return async () => {
      await yieldToPage(win);
      if (generation !== this.generation || this.signal.aborted) throw new Superseded();
    };
  }

  /** Finds the article, has it analysed and paints it; any failure leaves the page untouched. */
  private async annotate(): Promise<void> {
    clearTimeout(this.deferredRefresh);
    this.changedWhileAnnotating = false;
    const generation = ++this.generation;
    const pause = this.pauseFor(generation);
    // Added blocks are noticed from the start, and changes inside the article once it is found (below), so that
    // paragraphs that arrive while the article is found and analysed (a slow device, a late script) are not missed.
    this.watcher.watch(undefined);
    try {
      const t0 = performance.now();
      const article = await findArticleInSteps(this.doc, pause, { force: this.forced });
      if (generation !== this.generation || this.signal.aborted) return;
      if (article.state !== 'article') {
        this.watcher.watch(undefined);
        await this.publish({
          state: article.state,
          message: article.reason,
          ...(article.state === 'not-article' ? { reasons: article.reasons } : {}),
          ...(article.state === 'unsupported-language' && article.tooShort ? { languageUnclear: true } : {}),
        });
        return;
      }
      this.watcher.watch(article.root);
      await pause();
      const map = articleTextMap(article.blocks, article.skip ? { skip: article.skip } : {});
      const request = analysisRequest(map);
      request.message.meta = article.meta;
      // The language gate let only languages with a pack through; a list out of step with it fails loudly here.
      request.message.language = LanguageCodeSchema.parse(article.lang);
      const truncated = map.truncated || request.truncated;
      await pause();
      const t1 = performance.now();
      const reply = await requestAnalysis(request.message);
      if (generation !== this.generation || this.signal.aborted) return;
      if (!reply.ok) throw new Error(reply.error);
      const t2 = performance.now();
      const annotation: Annotation = {
        analysis: reply.analysis,
        summary: reply.summary,
        map,
        marks: buildMarks(reply.analysis, this.settings),
        root: article.root,
        ...(article.title ? { title: article.title } : {}),
        meta: article.meta,
        ...(truncated ? { message: 'This page is very long: Sourcelight marked its first part only.' } : {}),
        place: unmoved,
      };
      this.annotation = annotation;
      this.paint();
      const t3 = performance.now();
      await this.publishAnnotated(annotation, { findArticleMs: t1 - t0, analyzeMs: t2 - t1, markMs: t3 - t2 });
      void this.loadEntityContext(annotation.analysis);
      if (this.changedWhileAnnotating && generation === this.generation) {
        this.changedWhileAnnotating = false;
        void this.refresh();
      }
    } catch (error) {
      if (error instanceof Superseded || generation !== this.generation) return;
      await this.fail(error);
    }
  }

  /** The reader asked for a page that was not taken for an article: analyse Readability's pick of it all the same. */
  private async analyseAnyway(): Promise<void> {
    if (this.page.state !== 'not-article') return;
    this.forced = true;
    await this.publish({ state: 'annotating' });
    await this.annotate();
  }

  /** Takes everything off the page and says, in plain words, that it failed; the details are for a bug report. */
  private async fail(error: unknown): Promise<void> {
    this.forgetAnnotation();
    await this.publish({
      state: 'error',
      message: 'Sourcelight could not analyse this page. The page itself is unchanged.',
      details: error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error),
    }).catch(() => undefined);
  }

  private async publishAnnotated(annotation: Annotation, timing?: PageState['timing']): Promise<void> {
    await this.publish({
      state: 'annotated',
      ...(annotation.title ? { title: annotation.title } : {}),
      ...(annotation.meta ? { meta: annotation.meta } : {}),
      ...(annotation.message ? { message: annotation.message } : {}),
      summary: annotation.summary,
      ...(timing ? { timing } : {}),
    });
  }

  /**
   * The page changed under the article (late paragraphs, "read more", infinite
   * scroll, a rewritten block, a ticking clock): look again. Only a material
   * change of the text (MATERIAL_CHANGE_PAIRS) is analysed again, and no sooner
   * than the pacer allows; until then the marks move onto the new nodes and
   * lines, those on changed lines are dropped, and an open note stays open.
   */
  private async refresh(): Promise<void> {
    if (this.page.state === 'annotating' && !this.signal.aborted) this.changedWhileAnnotating = true;
    if (!this.isSettled()) return;
    clearTimeout(this.deferredRefresh);
    const generation = this.generation;
    const current = this.annotation;
    try {
      const article = await findArticleInSteps(this.doc, this.pauseFor(generation), { force: this.forced });
      // Switched off, navigated or re-analysed meanwhile: this look is out of date.
      if (generation !== this.generation || this.annotation !== current || !this.isSettled()) return;
      if (article.state === 'article' && current) {
        const map = articleTextMap(article.blocks, article.skip ? { skip: article.skip } : {});
        const change = compareTexts(current.analysis.text, map.text);
        const wait = this.pacer.wait();
        if (change.changedPairs < MATERIAL_CHANGE_PAIRS || wait > 0) {
          const place = change.move;
          this.annotation = { ...current, map, root: article.root, place, marks: placeMarks(buildMarks(current.analysis, this.settings), place) };
          this.paint();
          this.followOpenNote();
          this.watcher.watch(article.root);
          if (change.changedPairs >= MATERIAL_CHANGE_PAIRS) this.deferredRefresh = setTimeout(() => void this.refresh(), wait);
          return;
        }
      }
      this.pacer.ran();
    } catch (error) {
      if (error instanceof Superseded || generation !== this.generation) return;
      await this.fail(error);
      return;
    }
    this.forgetAnnotation();
    await this.annotate();
  }

  /** Keeps the reader's open note on its mark after a repaint, or closes it if the mark is gone. */
  private followOpenNote(): void {
    const target = this.noteTarget;
    if (!target || !this.overlay.isOpen()) return;
    const span = this.spanOf(target);
    const range = span && this.annotation ? rangeFromOffsets(this.annotation.map, span.start, span.end, this.doc) : undefined;
    if (range) this.overlay.moveAnchor(range);
    else this.overlay.hideNote();
  }

  /** Takes the marks and any open note off the page and drops the analysis they came from. */
  private forgetAnnotation(): void {
    clearTimeout(this.deferredRefresh);
    this.highlighter.remove();
    this.overlay.hideNote();
    this.annotation = undefined;
    this.navIndex = -1;
  }

  /** Marks are wanted and no analysis is under way. */
  private isSettled(): boolean {
    return this.page.state !== 'off' && this.page.state !== 'annotating' && !this.signal.aborted;
  }

  /** A single-page app moved to another address: what was marked belongs to the old page. */
  private async startOver(): Promise<void> {
    this.generation++;
    this.forced = false;
    this.forgetAnnotation();
    if (!shouldAnnotate(this.settings, this.host())) {
      await this.publish({ state: 'off', message: 'Sourcelight is off on this page.' });
      return;
    }
    await this.publish({ state: 'annotating' });
    await this.annotate();
  }

  private async turnOff(): Promise<void> {
    this.watcher.stop();
    this.highlighter.remove();
    this.overlay.hideNote();
    await this.publish({ state: 'off', message: 'Sourcelight is off on this page.' });
  }

  private paint(): void {
    if (!this.annotation) return;
    const { map, marks } = this.annotation;
    this.highlighter.apply(marks, (s, e) => rangeFromOffsets(map, s, e, this.doc), this.settings.colorScheme === 'high-contrast');
  }

  /**
   * Context for the article's main entities: the offline gazetteer first, then,
   * only if the reader turned lookups on, Wikipedia summaries.
   */
  private async loadEntityContext(analysis: Analysis, onlineOnly = false): Promise<void> {
    const entities = mainEntities(analysis);
    if (!onlineOnly) this.overlay.setEntityInfo(undefined);
    const show = (info: Record<string, EntityInfo> | undefined) => {
      if (info && this.annotation?.analysis === analysis && !this.signal.aborted) this.overlay.setEntityInfo(info);
    };
    if (!onlineOnly) show(await requestEntityContext(entities, false));
    if (this.settings.lookups) show(await requestEntityContext(entities, true));
  }

  private async applySettings(settings: Settings): Promise<void> {
    const lookupsTurnedOn = settings.lookups && !this.settings?.lookups;
    this.settings = settings;
    if (lookupsTurnedOn && this.annotation) void this.loadEntityContext(this.annotation.analysis, true);
    this.overlay.setTheme(settings.colorScheme);
    this.overlay.legend.update({ mode: settings.markMode });
    if (this.annotation) this.annotation.marks = placeMarks(buildMarks(this.annotation.analysis, settings), this.annotation.place);
    const wanted = shouldAnnotate(settings, this.host());
    if (wanted && this.page.state === 'off') await this.turnOn();
    else if (!wanted && this.page.state === 'annotated') await this.turnOff();
    else if (this.page.state === 'annotated') this.paint();
  }

  /** Tells the background our state again: it forgets a tab's state on every navigation, #fragment jumps included. */
  private async republish(): Promise<void> {
    this.page = { ...this.page, url: this.doc.location?.href ?? '' };
    await sendToBackground({ type: 'page-status', page: this.page });
  }

  private async publish(change: { state: PageStateName } & Partial<Omit<PageState, 'state'>>): Promise<void> {
    this.page = { url: this.doc.location?.href ?? '', ...change };
    this.overlay.setState(this.page.state, this.page.summary?.counts);
    if (this.page.state === 'annotated') {
      const c = this.page.summary?.counts;
      if (c) this.overlay.announce(`Sourcelight marked ${c.sourced + c.vague + c.unsourced + c.opinion} claims and ${c.entities} names.`);
    }
    await sendToBackground({ type: 'page-status', page: this.page });
  }

  private listenForPointer(): void {
    const onPointer = (event: PointerEvent | MouseEvent, immediate: boolean) => {
      // Only the reader opens notes: a page's synthetic clicks and moves are not trusted events.
      if (!event.isTrusted || this.page.state !== 'annotated' || this.overlay.contains(event)) return;
      clearTimeout(this.hoverTimer);
      const open = () => {
        const hit = this.targetAt(event.clientX, event.clientY, immediate ? 'click' : 'hover');
        if (hit) this.openNote(hit.target, hit.range, false);
        else if (immediate) this.overlay.hideNote();
      };
      if (immediate) open();
      else this.hoverTimer = setTimeout(open, this.settings.noteDelayMs);
    };
    const win = this.doc.defaultView!;
    win.addEventListener('pointermove', (e) => onPointer(e, false), { passive: true, signal: this.signal });
    win.addEventListener('click', (e) => onPointer(e, true), { signal: this.signal });
    this.signal.addEventListener('abort', () => clearTimeout(this.hoverTimer));
  }

  private targetAt(x: number, y: number, pointer: Pointer): { target: NoteTarget; range: Range } | undefined {
    if (!this.annotation) return undefined;
    const mark = markAtPoint(this.doc, this.annotation.map, this.annotation.marks, x, y, pointer);
    if (!mark) return undefined;
    const target = targetOf(mark);
    // A claim's note belongs to its whole sentence, whichever of its key words was hit.
    const span = 'sentence' in mark ? this.spanOf(target) : mark;
    const range = span && rangeFromOffsets(this.annotation.map, span.start, span.end, this.doc);
    return range ? { target, range } : undefined;
  }

  private openNote(target: NoteTarget, range: Range, focus: boolean): void {
    if (!this.annotation) return;
    if (!focus && this.overlay.openTarget() === targetKey(target)) return;
    this.noteTarget = target;
    this.highlighter.setActive(range);
    this.overlay.showNote(this.annotation.analysis, target, range, { focus });
  }

  /** Moves keyboard focus to the next or previous labelled sentence and opens its note. */
  private moveMark(step: 1 | -1): void {
    if (!this.annotation || this.page.state !== 'annotated') return;
    const sentences = sentenceStops(this.annotation.marks);
    if (sentences.length === 0) return;
    this.navIndex = (this.navIndex + step + sentences.length) % sentences.length;
    const mark = sentences[this.navIndex]!;
    this.reveal(targetOf(mark), mark);
  }

  private jumpTo(target: NoteTarget): boolean {
    const span = this.spanOf(target);
    if (!span || this.page.state !== 'annotated') return false;
    this.reveal(target, span);
    return true;
  }

  /** Where a sentence or an entity's first mention is in the page's current text. */
  private spanOf(target: NoteTarget): { start: number; end: number } | undefined {
    const analysis = this.annotation?.analysis;
    const span =
      target.kind === 'sentence'
        ? analysis?.sentences[target.index]
        : target.kind === 'entity'
          ? analysis?.entities.find((e) => e.id === target.id)?.mentions[0]
          : undefined;
    return span && this.annotation?.place(span.start, span.end);
  }

  /** Scrolls a mark into view, emphasises it and opens its note with focus. */
  private reveal(target: NoteTarget, span: { start: number; end: number }): void {
    if (!this.annotation) return;
    const range = rangeFromOffsets(this.annotation.map, span.start, span.end, this.doc);
    if (!range) return;
    const win = this.doc.defaultView!;
    const reduced = win.matchMedia('(prefers-reduced-motion: reduce)').matches;
    win.scrollBy({ top: range.getBoundingClientRect().top - win.innerHeight / 3, behavior: reduced ? 'auto' : 'smooth' });
    this.openNote(target, range, true);
  }
}

/** Marks of the analysed text at their place in the page's current text; those whose line changed are left out. */
function placeMarks(marks: Mark[], place: Annotation['place']): Mark[] {
  if (place === unmoved) return marks;
  const placed: Mark[] = [];
  for (const mark of marks) {
    const span = place(mark.start, mark.end);
    if (span) placed.push({ ...mark, ...span });
  }
  return placed;
}

function targetOf(mark: Mark): NoteTarget {
  return 'entity' in mark ? { kind: 'entity', id: mark.entity } : { kind: 'sentence', index: mark.sentence };
}
