/**
 * Runs before `npm test` (the `pretest` script): finds Chromium and Firefox ESR
 * at the usual paths or $CHROMIUM_PATH / $FIREFOX_PATH, installs the missing ones
 * with apt-get when running as root on Debian (as .ci/run does), and otherwise
 * says in one line what to install. Chromium is required; without Firefox ESR
 * only the Firefox test is skipped.
 */
import { ensureBrowsers } from './lib/find-browsers';

const { paths, missing } = ensureBrowsers(['chromium', 'firefox']);
for (const line of missing.values()) console.error(line);
if (!paths.chromium) process.exit(1);
