import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';

export type BrowserName = 'chromium' | 'firefox';

interface BrowserKind {
  /** The variable that names the executable, which wins over every usual path. */
  env: string;
  /** Where package managers and installers put it, most likely first. */
  paths: string[];
  /** What to install on Debian and Ubuntu. */
  debianPackage: string;
  /** Who needs it, for the message when it is missing ("… need(s) Chromium"). */
  neededBy: string;
}

export const BROWSERS: Record<BrowserName, BrowserKind> = {
  chromium: {
    env: 'CHROMIUM_PATH',
    paths: [
      '/usr/bin/chromium',
      '/usr/bin/chromium-browser',
      '/snap/bin/chromium',
      '/usr/bin/google-chrome',
      '/usr/bin/google-chrome-stable',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    ],
    debianPackage: 'chromium',
    neededBy: 'the demo and the end-to-end tests need',
  },
  firefox: {
    env: 'FIREFOX_PATH',
    paths: ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/snap/bin/firefox', '/Applications/Firefox.app/Contents/MacOS/firefox'],
    debianPackage: 'firefox-esr',
    neededBy: 'the Firefox end-to-end test needs',
  },
};

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The browser's executable: `$CHROMIUM_PATH` / `$FIREFOX_PATH` when set, else the first usual path that exists. */
export function findBrowser(name: BrowserName): string | undefined {
  const kind = BROWSERS[name];
  const fromEnv = process.env[kind.env];
  if (fromEnv) return isExecutable(fromEnv) ? fromEnv : undefined;
  return kind.paths.find(isExecutable);
}

/** One line saying what to install, or which variable to set. */
export function missingMessage(name: BrowserName): string {
  const kind = BROWSERS[name];
  const set = process.env[kind.env] ? `${kind.env}=${process.env[kind.env]} is not an executable` : `no ${name} found at ${kind.paths[0]} or the other usual paths`;
  return `Sourcelight: ${kind.neededBy} ${name === 'chromium' ? 'Chromium' : 'Firefox ESR'} (${set}). Install it (Debian/Ubuntu: sudo apt-get install ${kind.debianPackage}) or set ${kind.env} to its executable.`;
}

/** As root on Debian or Ubuntu, the missing browsers can be installed as `.ci/run` does. */
function canInstall(): boolean {
  return process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/etc/debian_version') && existsSync('/usr/bin/apt-get');
}

/**
 * Finds each browser, installing the missing ones with apt-get (after an
 * update) when running as root on Debian. Returns the paths found and a line
 * for each browser still missing; never throws.
 */
export function ensureBrowsers(names: readonly BrowserName[]): { paths: Partial<Record<BrowserName, string>>; missing: Map<BrowserName, string> } {
  const paths: Partial<Record<BrowserName, string>> = {};
  let absent = names.filter((name) => !(paths[name] = findBrowser(name)));
  // A variable pointing elsewhere is the reader's choice: never install over it.
  const installable = absent.filter((name) => !process.env[BROWSERS[name].env]);
  if (installable.length > 0 && canInstall()) {
    const packages = installable.map((name) => BROWSERS[name].debianPackage);
    console.log(`Installing ${packages.join(' and ')} with apt-get …`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const update = spawnSync('apt-get', ['update'], { stdio: 'inherit', env });
    if (update.status === 0) spawnSync('apt-get', ['install', '-y', '--no-install-recommends', ...packages], { stdio: 'inherit', env });
    for (const name of installable) paths[name] = findBrowser(name);
    absent = names.filter((name) => !paths[name]);
  }
  for (const name of absent) delete paths[name];
  return { paths, missing: new Map(absent.map((name) => [name, missingMessage(name)])) };
}
