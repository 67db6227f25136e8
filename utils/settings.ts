import { storage } from 'wxt/utils/storage';
import * as z from 'zod/mini';
import { PLATFORM_IDS, type PlatformId } from './platforms';
import { METRICS, type Metric } from './vocabulary';

const PlatformSettingsSchema = z.prefault(
  z.object({
    /** Hide this platform's counters. */
    hide: z._default(z.boolean(), true),
    /** Record attention time and actions on this platform. */
    track: z._default(z.boolean(), true),
  }),
  {},
);
export type PlatformSettings = z.infer<typeof PlatformSettingsSchema>;

const platformShape = Object.fromEntries(PLATFORM_IDS.map((id) => [id, PlatformSettingsSchema])) as {
  [Id in PlatformId]: typeof PlatformSettingsSchema;
};
const metricShape = Object.fromEntries(METRICS.map((metric) => [metric, z._default(z.boolean(), true)])) as {
  [M in Metric]: z.ZodMiniDefault<z.ZodMiniBoolean>;
};

/** A host name as typed by a user adding their Mastodon instance: lower case, no protocol, port or path. */
export const HostNameSchema = z
  .string()
  .check(z.regex(/^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/));

/** Every setting with its default; stored values are parsed through it on every read. */
export const SettingsSchema = z.object({
  platforms: z.prefault(z.object(platformShape), {}),
  /** Which counters to hide wherever hiding is on. */
  metrics: z.prefault(z.object(metricShape), {}),
  /** Mastodon instances the user added, beyond the built-in ones. */
  mastodonHosts: z._default(z.array(HostNameSchema), []),
  trackPrivateWindows: z._default(z.boolean(), false),
  /** Days to keep raw slices and actions; daily totals are kept until the user deletes them. */
  retentionDays: z._default(z.int().check(z.minimum(1), z.maximum(3650)), 90),
});
export type Settings = z.infer<typeof SettingsSchema>;

/** The settings a new installation starts with. */
export const DEFAULT_SETTINGS: Settings = SettingsSchema.parse({});

/** What parsing a stored value gives: usable settings, and the paths of values that were replaced by defaults. */
export interface ParsedSettings {
  settings: Settings;
  problems: string[];
}

const MAX_REPAIRS = 100;

/** Parses a stored value, replacing each invalid part by its default and naming it, never throwing. */
export function parseSettings(raw: unknown): ParsedSettings {
  const problems: string[] = [];
  const missing = raw === undefined || raw === null;
  if (!missing && !isPlainObject(raw)) problems.push('(settings)');
  const candidate: unknown = isPlainObject(raw) ? structuredClone(raw) : {};
  for (let attempt = 0; attempt < MAX_REPAIRS; attempt++) {
    const result = SettingsSchema.safeParse(candidate);
    if (result.success) return { settings: result.data, problems };
    // Later array items first, so removing one does not shift the index of another.
    const paths = result.error.issues.map((issue) => issue.path).sort(comparePathsDescending);
    for (const path of paths) problems.push(path.length ? path.join('.') : '(settings)');
    if (!paths.every((path) => removeAt(candidate, path))) break;
  }
  return { settings: DEFAULT_SETTINGS, problems };
}

/** Nested partial settings, as sent by a page that changes a few of them. */
export type SettingsPatch = {
  [K in keyof Settings]?: Settings[K] extends unknown[] ? Settings[K] : DeepPartial<Settings[K]>;
};
type DeepPartial<T> = T extends object ? { [K in keyof T]?: DeepPartial<T[K]> } : T;

/** The settings after a patch, or the reasons it was refused. Arrays in a patch replace, objects merge. */
export function applySettingsPatch(
  current: Settings,
  patch: unknown,
): { ok: true; settings: Settings } | { ok: false; problems: string[] } {
  if (!isPlainObject(patch)) return { ok: false, problems: ['(patch)'] };
  const result = SettingsSchema.safeParse(deepMerge(current, patch));
  if (result.success) return { ok: true, settings: result.data };
  return { ok: false, problems: result.error.issues.map((issue) => issue.path.join('.') || '(patch)') };
}

const settingsItem = storage.defineItem<unknown>('local:settings', { version: 1 });

/** Reads the stored settings (defaults where missing or invalid). Any context may read. */
export async function readSettings(): Promise<ParsedSettings> {
  return parseSettings(await settingsItem.getValue());
}

/** Calls back with the parsed settings after every change, from any context. Returns the unwatch function. */
export function watchSettings(callback: (settings: Settings) => void): () => void {
  return settingsItem.watch((raw) => callback(parseSettings(raw).settings));
}

/** Stores validated settings. Only the background's single settings-change function may call this. */
export async function writeSettings(settings: Settings): Promise<void> {
  await settingsItem.setValue(settings);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function comparePathsDescending(a: readonly PropertyKey[], b: readonly PropertyKey[]): number {
  return String(b.join('.')).localeCompare(a.join('.'), 'en', { numeric: true });
}

function deepMerge(base: unknown, patch: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(patch)) return patch;
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(patch)) merged[key] = deepMerge(base[key], value);
  return merged;
}

/** Removes the value at `path` so its default applies; false when there is nothing left to remove. */
function removeAt(root: unknown, path: readonly PropertyKey[]): boolean {
  if (path.length === 0) return false;
  let parent: unknown = root;
  for (const key of path.slice(0, -1)) parent = (parent as Record<PropertyKey, unknown>)[key];
  const last = path[path.length - 1] as PropertyKey;
  if (Array.isArray(parent) && typeof last === 'number') parent.splice(last, 1);
  else if (isPlainObject(parent)) delete parent[last as string];
  else return false;
  return true;
}
