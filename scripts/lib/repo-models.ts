import { readFile } from 'node:fs/promises';
import type { LanguagePackHost } from '../../src/analysis';

/** Where the build takes the extension's own files from, model files among them. */
const PUBLIC_DIR = new URL('../../assets/public/', import.meta.url);

/** Language packs' model files read from the repository, for the command line, evals and tests. */
export const repoModels: LanguagePackHost = {
  readModel: async (file) => new Uint8Array(await readFile(new URL(file, PUBLIC_DIR))),
};
