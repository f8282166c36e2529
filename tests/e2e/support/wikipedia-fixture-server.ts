import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join, resolve } from 'node:path';

const FIXTURES = resolve('tests/fixtures/wikipedia');
export const SUMMARY_PATH = '/api/rest_v1/page/summary/';

export interface WikipediaFixtureServer {
  origin: string;
  /** The base URL a test build compiles in: `${origin}/api/rest_v1/page/summary/`. */
  baseUrl: string;
  /** Every request received, as the decoded title (or the raw path when it is not a summary request). */
  requests: string[];
  /** Every request's full path and query, as received. */
  rawRequests: string[];
  /** While down, every request gets a 503: the extension should fall back on its cache. */
  setDown(down: boolean): void;
  /** Slow answers still held open (the extension has not yet given up on them). */
  heldOpen(): number;
  close(): Promise<void>;
}

/** Titles that misbehave on purpose; everything else is a file in tests/fixtures/wikipedia or a 404. */
const SPECIAL: Record<string, 'slow' | 'malformed' | 'wrong-shape' | 'error'> = {
  Li_Yanming: 'slow',
  Starlink: 'malformed',
  AI_Day: 'wrong-shape',
  Optimus: 'error',
};

const NOT_FOUND = (title: string) =>
  JSON.stringify({
    type: 'https://mediawiki.org/wiki/HyperSwitch/errors/not_found',
    title: 'Not found.',
    method: 'get',
    detail: 'Page or revision not found.',
    uri: `${SUMMARY_PATH}${title}`,
  });

/** A stand-in for Wikipedia's page summary API on 127.0.0.1, for tests without the internet. */
export async function serveWikipediaFixtures(): Promise<WikipediaFixtureServer> {
  const requests: string[] = [];
  const rawRequests: string[] = [];
  let down = false;
  const timers = new Set<ReturnType<typeof setTimeout>>();
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    rawRequests.push(req.url ?? '');
    const json = { 'content-type': 'application/json; charset=utf-8', 'access-control-allow-origin': '*' };
    if (!url.pathname.startsWith(SUMMARY_PATH)) {
      requests.push(url.pathname);
      res.writeHead(404, json).end(NOT_FOUND(url.pathname));
      return;
    }
    const title = decodeURIComponent(url.pathname.slice(SUMMARY_PATH.length));
    requests.push(title);
    if (down) {
      res.writeHead(503, json).end('{"title":"Service unavailable"}');
      return;
    }
    const file = join(FIXTURES, `${title.replace(/[/\\]/g, '_')}.json`);
    const body = existsSync(file) && file.startsWith(FIXTURES) ? readFileSync(file, 'utf8') : undefined;
    switch (SPECIAL[title]) {
      case 'slow': {
        const timer = setTimeout(() => {
          timers.delete(timer);
          if (!res.destroyed) res.writeHead(200, json).end(JSON.stringify({ type: 'standard', title: 'Li Yanming', extract: 'Too late.' }));
        }, 8000);
        timers.add(timer);
        res.on('close', () => {
          clearTimeout(timer);
          timers.delete(timer);
        });
        return;
      }
      case 'malformed':
        res.writeHead(200, json).end('{"type":"standard","title":"Starlink","extract":"Starlink is a sat');
        return;
      case 'wrong-shape':
        res.writeHead(200, json).end('{"type":42,"title":["AI Day"],"extract":null}');
        return;
      case 'error':
        res.writeHead(500, json).end('{"title":"Internal error"}');
        return;
    }
    if (body === undefined) res.writeHead(404, json).end(NOT_FOUND(title));
    else res.writeHead(200, json).end(body);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('The fixture server has no port.');
  const origin = `http://127.0.0.1:${address.port}`;
  return {
    origin,
    baseUrl: `${origin}${SUMMARY_PATH}`,
    requests,
    rawRequests,
    setDown: (value) => {
      down = value;
    },
    heldOpen: () => timers.size,
    close: () =>
      new Promise<void>((ok) => {
        for (const t of timers) clearTimeout(t);
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
