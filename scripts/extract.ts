/**
 * The article text the extension would analyse on saved pages, one JSON object per line.
 *
 *   npm run extract -- FILE.html... [--url URL]
 *
 * Each line: {file, state, reason, language, title, byline, published, siteName, text}.
 * `state` is `article` or `not-article` (then `reason` says why and `text` is empty);
 * `text` is exactly what the extension would send to the engine, in any language
 * (the extension itself analyses English and German; `language` says what this is).
 * A gzip-compressed file (as trafilatura's corpus stores its pages) is read decompressed.
 * `--url` stands in for the address the page was loaded from (it decides how the
 * address is judged and how relative links resolve); without it, the page's own
 * canonical or og:url address is used. Same code as the extension: src/page/.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { decodeHtml, extractHtml } from './eval/extract-html';

const args = process.argv.slice(2);
const files: string[] = [];
let url: string | undefined;
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--url') {
    url = args[++i];
    if (!url || !/^https?:\/\/[^\s]+$/i.test(url) || !URL.canParse(url)) {
      console.error(`--url needs an http(s) address, got ${JSON.stringify(url ?? '')}`);
      process.exit(2);
    }
  } else {
    files.push(args[i]!);
  }
}
if (files.length === 0) {
  console.error('usage: npm run extract -- FILE.html... [--url URL]');
  process.exit(2);
}

let failed = false;
for (const file of files) {
  let html: string;
  try {
    const bytes = readFileSync(file);
    // gzip's magic number: read the page inside, not its compressed bytes; then its declared charset, as a browser does.
    html = decodeHtml(bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes);
  } catch (error) {
    console.error(`${file}: ${error instanceof Error ? error.message : String(error)}`);
    failed = true;
    continue;
  }
  let page: ReturnType<typeof extractHtml>;
  try {
    page = extractHtml(html, url);
  } catch (error) {
    // One page the DOM library cannot take must not end the run for the files after it.
    console.error(`${file}: could not extract: ${error instanceof Error ? error.message : String(error)}`);
    failed = true;
    continue;
  }
  const line = {
    file,
    state: page.state,
    reason: page.reason ?? '',
    language: page.language,
    title: page.title ?? '',
    byline: page.byline ?? '',
    published: page.published ?? '',
    siteName: page.siteName ?? '',
    text: page.text,
  };
  process.stdout.write(`${JSON.stringify(line)}\n`);
}
process.exitCode = failed ? 1 : 0;
