import type { Entity, EntityType } from '../../shared/schema';
import { boundedMemo } from '../bounded-memo';
import { GAZETTEER_JSON } from './gazetteer-data';

/**
 * Sourcelight's offline gazetteer: countries, capitals, continents, demonyms,
 * international organizations, large companies, news media and major cities,
 * each with a one-line description. Pure data and pure code; the JSON is parsed
 * on first use, so importing this costs nothing until a name is looked up.
 */

export interface KnownEntity {
  /** The gazetteer's display name ("United States" for "U.S."). */
  name: string;
  description: string;
  type: EntityType;
  /** Where the line comes from, e.g. "world-countries 5.1.0 (mledoze/countries), ODbL-1.0". */
  source: string;
}

export interface GazetteerSource {
  id: string;
  name: string;
  license: string;
}

interface Parsed {
  sources: GazetteerSource[];
  ambiguous: Set<string>;
  byKey: Map<string, KnownEntity[]>;
  /** The first word of every name, as `normalizeName` writes it: most words start none. */
  firstWords: Set<string>;
  entries: number;
}

let parsed: Parsed | undefined;

function load(): Parsed {
  if (parsed) return parsed;
  const raw = JSON.parse(GAZETTEER_JSON) as { sources: GazetteerSource[]; ambiguous: string[]; rows: [string, string, number, ...string[]][] };
  const byKey = new Map<string, KnownEntity[]>();
  for (const [type, description, sourceIndex, ...names] of raw.rows) {
    const s = raw.sources[sourceIndex]!;
    const entry: KnownEntity = { name: names[0]!, description, type: type as EntityType, source: `${s.name}, ${s.license}` };
    for (const name of names) {
      const key = normalizeName(name);
      if (!key) continue;
      const list = byKey.get(key) ?? [];
      if (!list.includes(entry)) list.push(entry);
      byKey.set(key, list);
    }
  }
  const firstWords = new Set([...byKey.keys()].map((key) => key.split(' ')[0]!));
  parsed = { sources: raw.sources, ambiguous: new Set(raw.ambiguous), byKey, firstWords, entries: raw.rows.length };
  return parsed;
}

/**
 * Lower case, no dots, no leading "the", no possessive, single spaces: "the U.S.'s" → "us". Every mention's
 * words are normalised several times an article (type checks, name starts), so the keys are kept.
 */
export const normalizeName: (name: string) => string = boundedMemo(normalize, 8192);

function normalize(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/[’‘]/g, "'")
    .trim()
    .replace(/'s$/i, '')
    .replace(/\./g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/^the /, '');
}

const SUFFIXES = / (city|province|state|county|group|inc|corp|corporation|company|co|ltd|limited|plc)$/;

// The recogniser asks about the same names many times an article.
const candidates: (name: string) => KnownEntity[] = boundedMemo(lookUp, 8192);

function lookUp(name: string): KnownEntity[] {
  const { byKey } = load();
  const key = normalizeName(name);
  const exact = byKey.get(key);
  if (exact) return exact;
  // "Hefei City", "Anhui Province", "Huawei Technologies Co": try without the generic word.
  const trimmed = key.replace(SUFFIXES, '');
  return trimmed !== key ? (byKey.get(trimmed) ?? []) : [];
}

/**
 * What the gazetteer knows about a name. With a type, only an entry of that
 * type; without, only when the name has one meaning in the gazetteer.
 */
export function describeKnown(name: string, type?: EntityType): KnownEntity | undefined {
  if (name.length > 120) return undefined;
  const found = candidates(name);
  if (type) return found.find((e) => e.type === type);
  // One meaning: every entry has the first one's type.
  return found.length > 0 && found.every((e) => e.type === found[0]!.type) ? found[0] : undefined;
}

/**
 * Corrects entity types the gazetteer is sure of ("Tesla" tagged as a place →
 * organization, "Huawei" as miscellaneous → organization). A name with more
 * than one meaning in the gazetteer, or on its list of ambiguous names
 * ("Jordan", "Georgia", "Washington"), keeps the recogniser's type. Returns a
 * new array; entities that need no change are returned as they are.
 */
export function retypeKnown<T extends Pick<Entity, 'name' | 'type'>>(entities: readonly T[]): T[] {
  return entities.map((entity) => {
    const type = knownType(entity.name);
    return type && type !== entity.type ? { ...entity, type } : entity;
  });
}

/**
 * The type the gazetteer is sure a name has: one meaning only, not on the list
 * of ambiguous names, and not a demonym ("Chinese" is too often part of a longer name).
 */
export function knownType(name: string): EntityType | undefined {
  if (load().ambiguous.has(normalizeName(name))) return undefined;
  const known = describeKnown(name);
  if (!known || (known.type === 'MISC' && known.description.startsWith('Of or from '))) return undefined;
  return known.type;
}

/** Whether some name in the gazetteer starts with this word: a cheap test before looking up longer phrases. */
export function startsKnownName(word: string): boolean {
  return load().firstWords.has(normalizeName(word));
}

/** How big the gazetteer is and where it comes from, for the options page and the docs. */
export function gazetteerInfo(): { entries: number; names: number; sources: GazetteerSource[] } {
  const p = load();
  return { entries: p.entries, names: p.byKey.size, sources: p.sources };
}
