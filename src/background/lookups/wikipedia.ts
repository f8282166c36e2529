import { z } from 'zod';
import { LOOKUP_BASE_URL } from '../../shared/lookup-origin';

/**
 * The one module in Sourcelight that touches the network: Wikipedia's page
 * summary API, asked only when the reader has turned lookups on, with one
 * page title (an entity's name) per request and nothing else: no cookies, no
 * referrer, no article text. Every answer is validated; anything unexpected is
 * an error the caller shrugs off.
 */

export const TIMEOUT_MS = 4000;
const MAX_BYTES = 200_000;

/** What the API gives that we use; extra fields are ignored. Text only: `extract_html` is never read. */
const SummarySchema = z.object({
  type: z.string(),
  title: z.string().min(1).max(300),
  description: z.string().max(300).optional(),
  extract: z.string().max(20_000).default(''),
  titles: z.object({ canonical: z.string().max(300) }).partial().optional(),
});

export interface WikiPage {
  title: string;
  description?: string;
  extract: string;
  /** Always https://en.wikipedia.org/wiki/…, built from the title, never taken from the response. */
  url: string;
}

export type SummaryResult =
  | { kind: 'page'; page: WikiPage }
  | { kind: 'disambiguation' }
  | { kind: 'missing' }
  | { kind: 'error'; reason: string };

export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

export interface SummaryOptions {
  /** For unit tests; the extension always uses the global one. */
  fetchImpl?: FetchLike;
  timeoutMs?: number;
}

export function titleToPath(title: string): string {
  return encodeURIComponent(title.trim().replace(/ /g, '_'));
}

export function articleUrl(title: string): string {
  return `https://en.wikipedia.org/wiki/${titleToPath(title)}`;
}

/** Fetches one page summary. Never throws. */
export async function fetchSummary(title: string, options: SummaryOptions = {}): Promise<SummaryResult> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs ?? TIMEOUT_MS);
  const get = options.fetchImpl ?? ((url: string, init: RequestInit) => globalThis.fetch(url, init));
  try {
    const response = await get(`${LOOKUP_BASE_URL}${titleToPath(title)}`, {
      signal: controller.signal,
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      cache: 'no-store',
      headers: { accept: 'application/json' },
    });
    if (response.status === 404) return { kind: 'missing' };
    if (!response.ok) return { kind: 'error', reason: `HTTP ${response.status}` };
    const text = await response.text();
    if (text.length > MAX_BYTES) return { kind: 'error', reason: 'response too large' };
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return { kind: 'error', reason: 'malformed JSON' };
    }
    const parsed = SummarySchema.safeParse(json);
    if (!parsed.success) return { kind: 'error', reason: 'unexpected response' };
    const data = parsed.data;
    if (data.type === 'disambiguation') return { kind: 'disambiguation' };
    if (data.type !== 'standard' || !data.extract.trim()) return { kind: 'missing' };
    const canonical = data.titles?.canonical ?? data.title;
    return {
      kind: 'page',
      page: {
        title: data.title.replace(/_/g, ' '),
        ...(data.description ? { description: data.description } : {}),
        extract: clip(data.extract.replace(/\s+/g, ' ').trim(), 600),
        url: articleUrl(canonical.replace(/_/g, ' ')),
      },
    };
  } catch (error) {
    return { kind: 'error', reason: controller.signal.aborted ? 'timed out' : error instanceof Error ? error.message : String(error) };
  } finally {
    clearTimeout(timer);
  }
}

/** Cuts at a sentence end when one is near, else at a word. */
function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const sentence = cut.lastIndexOf('. ');
  if (sentence > max / 2) return cut.slice(0, sentence + 1);
  return `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}
