import { z } from 'zod';
import { ENTITY_TYPES, LABELS } from './schema';

export const SETTINGS_VERSION = 1;

const flags = <K extends string>(keys: readonly K[]) =>
  z.object(Object.fromEntries(keys.map((k) => [k, z.boolean().default(true)])) as Record<K, z.ZodDefault<z.ZodBoolean>>);

export const SiteRuleSchema = z.enum(['always', 'never']);
export type SiteRule = z.infer<typeof SiteRuleSchema>;

export const SettingsSchema = z.object({
  version: z.literal(SETTINGS_VERSION).default(SETTINGS_VERSION),
  /** Annotate pages automatically; a site rule overrides this. */
  autoAnnotate: z.boolean().default(true),
  labels: flags(LABELS).prefault({}),
  entityTypes: flags(ENTITY_TYPES).prefault({}),
  colorScheme: z.enum(['auto', 'light', 'dark', 'high-contrast']).default('auto'),
  noteDelayMs: z.number().int().min(0).max(3000).default(350),
  /** Per-site memory, keyed by host name. */
  sites: z.record(z.string(), SiteRuleSchema).default({}),
  /** Opt-in encyclopedia lookups: off unless the reader turns them on. */
  lookups: z.boolean().default(false),
  /**
   * `attention`: only what needs the reader's attention is painted (the key words of vague, unsourced and opinion
   * claims, each name's first mention); everything else is a quiet margin rule. `everything`: every claim and mention.
   */
  markMode: z.enum(['attention', 'everything']).default('attention'),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = SettingsSchema.parse({});

export interface RepairResult {
  settings: Settings;
  /** Set when stored data was missing parts, outdated or invalid and had to be repaired. */
  notice?: string;
}

/**
 * Turns whatever is stored into valid settings: migrates older versions,
 * keeps every field that is still valid and resets only the ones that are not.
 */
export function repairSettings(stored: unknown): RepairResult {
  if (stored === undefined || stored === null) return { settings: DEFAULT_SETTINGS };
  const whole = SettingsSchema.safeParse(stored);
  if (whole.success) return { settings: whole.data };
  if (typeof stored !== 'object' || Array.isArray(stored)) {
    return { settings: DEFAULT_SETTINGS, notice: 'Stored settings were unreadable and have been reset to the defaults.' };
  }
  const repaired: Record<string, unknown> = {};
  const dropped: string[] = [];
  const shape = SettingsSchema.shape;
  for (const [key, value] of Object.entries(stored)) {
    if (!(key in shape)) continue;
    const schema = shape[key as keyof typeof shape];
    const field = schema.safeParse(value);
    if (field.success) {
      repaired[key] = field.data;
      continue;
    }
    dropped.push(key);
    // A map or group of flags keeps its valid entries: one bad site rule must not forget the others.
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      const kept = Object.fromEntries(Object.entries(value).filter(([k, v]) => schema.safeParse({ [k]: v }).success));
      const partial = schema.safeParse(kept);
      if (partial.success) repaired[key] = partial.data;
    }
  }
  repaired.version = SETTINGS_VERSION;
  return {
    settings: SettingsSchema.parse(repaired),
    notice: dropped.length
      ? `Some stored settings were invalid and have been reset: ${dropped.join(', ')}.`
      : 'Stored settings were repaired.',
  };
}

/** The rule for a page: the site's own rule, else the global default. */
export function shouldAnnotate(settings: Settings, host: string): boolean {
  const rule = settings.sites[host];
  return rule ? rule === 'always' : settings.autoAnnotate;
}
