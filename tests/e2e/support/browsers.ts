import { ensureBrowsers } from '../../../scripts/lib/find-browsers';

/**
 * vitest global setup of the e2e project: the specs need Chromium. Found, or
 * installed as root on Debian, or else one line says what to install and the
 * run ends there, instead of a stack trace from every spec.
 */
export default function setup(): void {
  const { paths, missing } = ensureBrowsers(['chromium', 'firefox']);
  for (const line of missing.values()) console.error(line);
  if (!paths.chromium) process.exit(1);
}
