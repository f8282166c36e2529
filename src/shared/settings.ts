import { z } from 'zod';
import { ENTITY_TYPES, LABELS } from './schema';

/** The synced settings' format; a stored object with a higher version comes from a newer Sourcelight. */
export const SETTINGS_VERSION = 1;
/** The per-site list's format, versioned on its own since it is stored on its own. */
export const SITE_RULES_VERSION = 1;
/**
 * Sites the list holds. Host names are at most 253 characters, so a full list
 * stays under 3 MB, well inside storage.local's 10 MB.
 */
export const MAX_SITES = 10_000;

const flags = <K extends string>(keys: readonly K[]) =>
  z.object(Object.fromEntries(keys.map((k) => [k, z.boolean().default(true)])) as Record<K, z.ZodDefault<z.ZodBoolean>>);

export const SiteRuleSchema = z.enum(['always', 'never']);
export type SiteRule = z.infer<typeof SiteRuleSchema>;
/** A host name as `location.hostname` gives it (no path, space or credentials). */
export const SiteHostSchema = z.string().min(1).max(253).regex(/^[^\s/\\?#@]+$/u);
export const SiteRulesSchema = z
  .record(SiteHostSchema, SiteRuleSchema)
  .refine((sites) => Object.keys(sites).length <= MAX_SITES, `at most ${MAX_SITES} sites`);
export type SiteRules = z.infer<typeof SiteRulesSchema>;

/** What syncs across the reader's browsers: one small storage.sync item, far under its 8,192-byte quota. */
const SYNCED_FIELDS = {
  /** Annotate pages automatically; a site rule overrides this. */
  autoAnnotate: z.boolean().default(true),
  labels: flags(LABELS).prefault({}),
  entityTypes: flags(ENTITY_TYPES).prefault({}),
  colorScheme: z.enum(['auto', 'light', 'dark', 'high-contrast']).default('auto'),
  noteDelayMs: z.number().int().min(0).max(3000).default(350),
  /** Opt-in encyclopedia lookups: off unless the reader turns them on. */
  lookups: z.boolean().default(false),
  /**
   * `attention`: only what needs the reader's attention is painted (the key words of vague, unsourced and opinion
   * claims, each name's first mention); everything else is a quiet margin rule. `everything`: every claim and mention.
   */
  markMode: z.enum(['attention', 'everything']).default('attention'),
};
export const SyncedSettingsSchema = z.object({
  version: z.literal(SETTINGS_VERSION).default(SETTINGS_VERSION),
  ...SYNCED_FIELDS,
});
export type SyncedSettings = z.infer<typeof SyncedSettingsSchema>;

/** Per-site memory, keyed by host name; kept on this device (storage.local), see README. */
export const StoredSiteRulesSchema = z.object({
  version: z.literal(SITE_RULES_VERSION).default(SITE_RULES_VERSION),
  sites: SiteRulesSchema.default({}),
});
export type StoredSiteRules = z.infer<typeof StoredSiteRulesSchema>;

/** Settings as every context uses them: the synced part plus this device's site list. */
export const SettingsSchema = SyncedSettingsSchema.extend({ sites: SiteRulesSchema.default({}) });
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = SettingsSchema.parse({});

export interface Repaired<T> {
  value: T;
  /** What was wrong, in the reader's words; absent when the stored value was usable as it is. */
  notice?: string;
  /** The stored value must be replaced by `value`: it was invalid. */
  rewrite: boolean;
  /** Written by a newer Sourcelight: this version reads the fields it knows and never writes it back. */
  newer: boolean;
}

type FieldSchemas = Record<string, z.ZodType>;

/**
 * Turns whatever is stored under one key into a valid value: keeps every field
 * that is valid and resets only the ones that are not. Only the schema's own
 * field names are read, each as an own property, so stored keys named like
 * `Object.prototype` members (`constructor`, `__proto__`) are inert.
 */
function repairVersioned<T>(
  stored: unknown,
  schema: z.ZodType<T>,
  fields: FieldSchemas,
  salvage: Record<string, (value: unknown) => unknown>,
  version: number,
  what: string,
): Repaired<T> {
  const defaults = schema.parse({});
  if (stored === undefined) return { value: defaults, rewrite: false, newer: false };
  if (!isRecord(stored)) {
    return { value: defaults, rewrite: true, newer: false, notice: `Stored ${what} were unreadable and have been reset to the defaults.` };
  }
  const storedVersion = own(stored, 'version');
  const newer = Number.isInteger(storedVersion) && (storedVersion as number) > version;
  if (!newer) {
    const whole = schema.safeParse(stored);
    if (whole.success) return { value: whole.data, rewrite: false, newer: false };
  }
  const repaired: Record<string, unknown> = { version };
  const dropped: string[] = [];
  for (const [key, field] of Object.entries(fields)) {
    if (!Object.hasOwn(stored, key)) continue;
    const value = stored[key];
    const parsed = field.safeParse(value);
    if (parsed.success) {
      repaired[key] = parsed.data;
      continue;
    }
    dropped.push(key);
    // A map or group of flags keeps its valid entries: one bad site rule must not forget the others.
    const partial = salvage[key] ? field.safeParse(salvage[key](value)) : undefined;
    if (partial?.success) repaired[key] = partial.data;
  }
  const checked = schema.safeParse(repaired);
  const value = checked.success ? checked.data : defaults;
  if (newer) {
    return {
      value,
      rewrite: false,
      newer: true,
      notice: `Your ${what} were saved by a newer version of Sourcelight; this version uses what it understands and leaves them unchanged.`,
    };
  }
  return {
    value,
    rewrite: true,
    newer: false,
    notice: dropped.length
      ? `Some stored ${what} were invalid and have been reset: ${dropped.join(', ')}.`
      : `Stored ${what} were repaired.`,
  };
}

const salvageFlags = (keys: readonly string[]) => (value: unknown) =>
  isRecord(value) ? Object.fromEntries(keys.filter((k) => typeof own(value, k) === 'boolean').map((k) => [k, value[k]])) : {};

/** The valid entries of a stored site list, the first MAX_SITES of them. */
export function salvageSites(value: unknown): SiteRules {
  if (!isRecord(value)) return {};
  const kept: [string, SiteRule][] = [];
  for (const [host, rule] of Object.entries(value)) {
    if (kept.length === MAX_SITES) break;
    if (SiteHostSchema.safeParse(host).success && (rule === 'always' || rule === 'never')) kept.push([host, rule]);
  }
  // fromEntries defines own properties, so a host named "__proto__" stays a plain entry.
  return Object.fromEntries(kept);
}

export function repairSyncedSettings(stored: unknown): Repaired<SyncedSettings> {
  return repairVersioned(
    stored,
    SyncedSettingsSchema,
    SYNCED_FIELDS,
    { labels: salvageFlags(LABELS), entityTypes: salvageFlags(ENTITY_TYPES) },
    SETTINGS_VERSION,
    'settings',
  );
}

export function repairSiteRules(stored: unknown): Repaired<StoredSiteRules> {
  return repairVersioned(stored, StoredSiteRulesSchema, { sites: SiteRulesSchema }, { sites: salvageSites }, SITE_RULES_VERSION, 'site rules');
}

/**
 * Site rules that an earlier release kept inside the synced settings object,
 * to be moved to this device's list; undefined when there are none.
 */
export function legacySiteRules(storedSettings: unknown): SiteRules | undefined {
  if (!isRecord(storedSettings) || !Object.hasOwn(storedSettings, 'sites')) return undefined;
  return salvageSites(storedSettings.sites);
}

/**
 * The fields of a stored synced item this version does not know. They are
 * written back with every change, so a release that added a field without a
 * new version number loses nothing when this one repairs or changes settings.
 */
export function unknownFields(stored: unknown): Record<string, unknown> {
  if (!isRecord(stored)) return {};
  const known = new Set(['version', 'sites', ...Object.keys(SYNCED_FIELDS)]);
  // fromEntries defines own properties: a stored "__proto__" field stays a field.
  return Object.fromEntries(Object.entries(stored).filter(([key]) => !known.has(key)));
}

/** The part of the settings that goes to storage.sync. */
export function syncedPart(settings: Settings): SyncedSettings {
  const { sites: _sites, ...synced } = settings;
  return synced;
}

/** The rule the reader chose for a host, if any (an own entry: a host named "constructor" has none by default). */
export function siteRuleFor(settings: Settings, host: string): SiteRule | undefined {
  return Object.hasOwn(settings.sites, host) ? settings.sites[host] : undefined;
}

/** The site list with `host` set to `rule`, or without it for undefined. */
export function withSiteRule(sites: SiteRules, host: string, rule: SiteRule | undefined): SiteRules {
  const entries = Object.entries(sites).filter(([h]) => h !== host);
  return Object.fromEntries(rule ? [...entries, [host, rule]] : entries);
}

/** The rule for a page: the site's own rule, else the global default. */
export function shouldAnnotate(settings: Settings, host: string): boolean {
  const rule = siteRuleFor(settings, host);
  return rule ? rule === 'always' : settings.autoAnnotate;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function own(record: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
