import { spawnSync } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';
import { chromiumPath } from '../lib/browser';

export interface Environment {
  date: string;
  machine: string;
  node: string;
  chromium: string;
  /** One-minute load average when the bench started: how shared the machine was. */
  loadAverage: number;
}

export function describeEnvironment(): Environment {
  const cores = cpus();
  const chromium = spawnSync(chromiumPath(), ['--version'], { encoding: 'utf8' });
  return {
    date: new Date().toISOString(),
    machine: `${cores[0]?.model.trim() ?? 'unknown CPU'}, ${cores.length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, ${process.platform}-${process.arch}`,
    node: process.version,
    chromium: chromium.stdout.trim() || `unknown (${chromiumPath()} --version failed)`,
    loadAverage: loadavg()[0]!,
  };
}
