/**
 * Writes the German pack's name lists (`assets/public/languages/de/names.json`): first names,
 * surnames and place names that the German names stage and the name model's training
 * augmentation read. Both sources are MIT-licensed npm packages, installed wherever you like
 * (they are not dependencies of the project):
 *
 *   npm install --prefix /tmp/denames @faker-js/faker@10.6.0 i18n-iso-countries@7.14.0
 *   npx tsx scripts/build-german-names.ts --modules /tmp/denames/node_modules
 *
 * - @faker-js/faker (MIT, (c) Faker contributors): German, Austrian and Swiss first names,
 *   surnames, cities, states and cantons, German country names; English first names and
 *   surnames, since German news names foreigners too.
 * - i18n-iso-countries (MIT, (c) Michael Wittig): German country names, with their variants.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';

const { values } = parseArgs({
  options: {
    modules: { type: 'string', default: '/tmp/denames/node_modules' },
    out: { type: 'string', default: 'assets/public/languages/de/names.json' },
  },
});

type Weighted = string | { value: string };
interface FakerLocale {
  person?: { first_name?: Record<string, Weighted[]> | Weighted[]; last_name?: Record<string, Weighted[]> | Weighted[] };
  location?: { city_name?: string[]; state?: string[]; country?: string[] };
}

const faker = (await import(pathToFileURL(join(values.modules, '@faker-js/faker/dist/index.js')).href)) as Record<string, FakerLocale>;
const require = createRequire(join(values.modules, 'noop.js'));
const countries = require('i18n-iso-countries/langs/de.json') as { countries: Record<string, string | string[]> };

const words = (list: Record<string, Weighted[]> | Weighted[] | undefined): string[] =>
  (Array.isArray(list) ? list : Object.values(list ?? {}).flat()).map((x) => (typeof x === 'string' ? x : x.value));
// One name of one or more words, written as in text; faker's patterns ("{{…}}") are not names.
const clean = (list: Iterable<string>) => [...new Set([...list].map((n) => n.trim()).filter((n) => n.length > 1 && !n.includes('{{')))].sort((a, b) => a.localeCompare(b, 'de'));

const german = [faker.de!, faker.de_AT!, faker.de_CH!];
const english = faker.en!;
const firstNames = clean([...german, english].flatMap((l) => words(l.person?.first_name)));
const lastNames = clean([...german, english].flatMap((l) => words(l.person?.last_name)));
const places = clean([
  ...german.flatMap((l) => [...(l.location?.city_name ?? []), ...(l.location?.state ?? []), ...(l.location?.country ?? [])]),
  ...Object.values(countries.countries).flat(),
]);

const lists = {
  about:
    'German pack name lists, written by scripts/build-german-names.ts from @faker-js/faker 10.6.0 (MIT, (c) Faker contributors: de, de_AT, de_CH and en first names and surnames; de, de_AT, de_CH cities, states, cantons and country names) and i18n-iso-countries 7.14.0 (MIT, (c) Michael Wittig: German country names).',
  firstNames,
  lastNames,
  places,
};
mkdirSync(dirname(values.out), { recursive: true });
// ASCII only (\uXXXX escapes): the engine, which has no text decoder of its own, reads the bytes as characters.
writeFileSync(values.out, `${JSON.stringify(lists).replace(/[\u0080-\uffff]/gu, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}\n`);
console.log(`wrote ${values.out}: ${firstNames.length} first names, ${lastNames.length} surnames, ${places.length} places`);
