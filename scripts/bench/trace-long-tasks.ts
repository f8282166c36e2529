/** User-timing marks the probe leaves in the trace: the content script's window. */
export const WINDOW_START = 'sourcelight-bench:start';
export const WINDOW_END = 'sourcelight-bench:end';
/** Marks the start of the baseline's own work, after which no task belongs to either side. */
export const BASELINE_START = 'sourcelight-bench:baseline';

/**
 * Main-thread tasks and user-timing marks only. The devtools.timeline category
 * would add its own cost to the content script: it captures a stack for each
 * postMessage, which makes V8 collect source positions for the whole script.
 */
export const TRACE_CATEGORIES = ['toplevel', 'blink.user_timing'];
const TASK = 'ThreadControllerImpl::RunTask';

export interface LongTasks {
  /** The task that injected the content script (compile, run, first paint of the overlay), in ms, long or not. */
  injection: number;
  /** Longest later task of the content script over 50 ms, in ms (0 when none). */
  content: number;
  /** Longest other task over 50 ms on that thread: the page's own. */
  page: number;
}

interface TraceEvent {
  name: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
}

const LONG_US = 50_000;

/**
 * Long tasks of one page load from a Chromium trace, up to the baseline's mark.
 * The first of the probe's marks is set inside the injection task; a later task
 * is the content script's when it overlaps the window between the marks. The
 * page's `longtask` observer would miss most of them: they run in an isolated world.
 */
export function longTasksFromTrace(trace: Buffer): LongTasks {
  const events = (JSON.parse(trace.toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
  const mark = (name: string) => events.find((e) => e.name === name);
  const start = mark(WINDOW_START);
  const end = mark(WINDOW_END);
  const baseline = mark(BASELINE_START);
  if (!start || !end || !baseline) throw new Error("The trace lacks the probe's marks");
  const onThread = (e: TraceEvent) => e.pid === start.pid && e.tid === start.tid;
  const tasks = events.filter((e) => e.name === TASK && onThread(e) && e.dur !== undefined && e.ts < baseline.ts);
  const injection = tasks.find((t) => t.ts <= start.ts && start.ts <= t.ts + t.dur!);
  if (!injection) throw new Error('No task holds the content script\'s first mark');
  let content = 0;
  let page = 0;
  for (const task of tasks) {
    if (task === injection || task.dur! <= LONG_US) continue;
    const ours = task.ts <= end.ts && task.ts + task.dur! >= start.ts;
    if (ours) content = Math.max(content, task.dur! / 1000);
    else page = Math.max(page, task.dur! / 1000);
  }
  return { injection: injection.dur! / 1000, content, page };
}
