/**
 * Writes the German pack's name lists (`assets/public/languages/de/names.json`): first names,
 * surnames and place names that the German names stage and the name model's training
 * augmentation read. Both sources are MIT-licensed npm packages, installed wherever you like
 * (they are not dependencies of the project):
 *
 *   npm install --prefix /tmp/denames @faker-js/faker@10.6.0 i18n-iso-countries@7.14.0
 *   npx tsx scripts/build-german-names.ts --modules /tmp/denames/node_modules --common-nouns .tmp/de-ner/train.txt
 *
 * - @faker-js/faker (MIT, (c) Faker contributors): German, Austrian and Swiss first names,
 *   surnames, cities, states and cantons, German country names; English first names and
 *   surnames, since German news names foreigners too.
 * - i18n-iso-countries (MIT, (c) Michael Wittig): German country names, with their variants.
 *
 * `--common-nouns` takes `token TAG` files (the name model's training part, written by
 * scripts/convert-german-ner.ts): a listed name that they write outside any name at least twice and
 * more often than inside one is a German common noun first ("Art", "Tod", "Name", "Zug") and is left
 * out, since German capitalises every noun. The capitalised ones among them are also written to the file
 * (`commonNouns`): the names stage takes none of them alone for a name ("Laien", "Sex").
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';

const { values } = parseArgs({
  options: {
    modules: { type: 'string', default: '/tmp/denames/node_modules' },
    out: { type: 'string', default: 'assets/public/languages/de/names.json' },
    'common-nouns': { type: 'string', multiple: true, default: [] },
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
/** Words the tagged files write outside names at least twice and more often than inside them. */
function commonNouns(paths: readonly string[]): Set<string> {
  const outside = new Map<string, number>();
  const inside = new Map<string, number>();
  for (const path of paths) {
    for (const line of readFileSync(path, 'utf8').split('\n')) {
      const [word, tag] = line.split(' ');
      if (!word || !tag || word === '-DOCSTART-') continue;
      const counts = tag === 'O' ? outside : inside;
      counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  return new Set([...outside].filter(([word, n]) => n >= 2 && n > (inside.get(word) ?? 0)).map(([word]) => word));
}
const nouns = commonNouns(values['common-nouns']);

// One name of one or more words, written as in text; faker's patterns ("{{…}}") are not names, nor common nouns.
const clean = (list: Iterable<string>) =>
  [...new Set([...list].map((n) => n.trim()).filter((n) => n.length > 1 && !n.includes('{{') && !nouns.has(n)))].sort((a, b) => a.localeCompare(b, 'de'));

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
    'German pack name lists, written by scripts/build-german-names.ts from @faker-js/faker 10.6.0 (MIT, (c) Faker contributors: de, de_AT, de_CH and en first names and surnames; de, de_AT, de_CH cities, states, cantons and country names) and i18n-iso-countries 7.14.0 (MIT, (c) Michael Wittig: German country names); names that GermEval 2014\'s training part writes mostly outside names (common nouns: "Art", "Tod") left out, and its capitalised common nouns listed (CC BY 4.0, GermEval 2014: words only).',
  firstNames,
  lastNames,
  places,
  commonNouns: [...nouns].filter((n) => /^\p{Lu}/u.test(n)).sort((a, b) => a.localeCompare(b, 'de')),
};
mkdirSync(dirname(values.out), { recursive: true });
// ASCII only (\uXXXX escapes): the engine, which has no text decoder of its own, reads the bytes as characters.
writeFileSync(values.out, `${JSON.stringify(lists).replace(/[\u0080-\uffff]/gu, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}\n`);
console.log(`wrote ${values.out}: ${firstNames.length} first names, ${lastNames.length} surnames, ${places.length} places, ${lists.commonNouns.length} common nouns`);
