import * as z from 'zod/mini';
import { localDay } from './days';
import { ActionRecordSchema, addToSummaries, type BetrokkenDb, type DailyTotal, DailyTotalSchema } from './db';
import { formatCount } from './format';
import { t } from './i18n';
import { describeIssues, shortJson } from './import-problems';

// The user's own file: daily totals and actions, exported, imported (all or nothing) and deleted.
// docs/export-schema.json is generated from ExportFileSchema (`npm run docs:schema`).

export const EXPORT_FORMAT = 'betrokken-export';
export const EXPORT_VERSION = 1;
/** Larger files are refused before they are read: a year of heavy use is a few megabytes. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
/** At most this many problems are listed; the rest are counted. */
const MAX_LISTED_PROBLEMS = 10;

/** A calendar day that exists, `YYYY-MM-DD` (the regex alone would take 2026-13-45). */
const isRealDay = (day: string) => {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return localDay(new Date(year, month - 1, date, 12).getTime()) === day;
};

/** One day's totals of one platform, as stored in the `daily` table. */
const ExportDailySchema = z
  .extend(DailyTotalSchema, { day: DailyTotalSchema.shape.day.check(z.refine(isRealDay)) })
  .check(z.describe('Totals of one local calendar day on one platform: seconds per mode and actions per kind.'));

/** One action, as stored in the `actions` table, without its local id. */
const ExportActionSchema = z
  .omit(ActionRecordSchema, { id: true })
  .check(z.describe('One action the user took; `at` is epoch milliseconds.'));

/** The export file: see docs/data-model.md and docs/export-schema.json. */
export const ExportFileSchema = z
  .object({
    format: z.literal(EXPORT_FORMAT),
    version: z.literal(EXPORT_VERSION),
    exportedAt: z.iso.datetime().check(z.describe('When the file was saved, ISO 8601 in UTC.')),
    daily: z.array(ExportDailySchema),
    actions: z.array(ExportActionSchema),
  })
  .check(
    z.meta({
      title: 'Betrokken export',
      description:
        "A user's own Betrokken data: totals per local day and platform, and the user's actions with their times. Never an address, a name or any text.",
    }),
  );
export type ExportFile = z.infer<typeof ExportFileSchema>;
export type ExportAction = ExportFile['actions'][number];

export type ImportCheck = { ok: true; file: ExportFile } | { ok: false; problems: string[] };

/** Everything stored, as an export file. Rows that do not match the schema (never written by this version) are left out and counted. */
export async function buildExport(db: BetrokkenDb, now: number): Promise<{ file: ExportFile; leftOut: number }> {
  const [daily, actions] = await db.transaction('r', [db.daily, db.actions], () =>
    Promise.all([db.daily.toArray(), db.actions.orderBy('at').toArray()]),
  );
  let leftOut = 0;
  const valid = <T>(schema: z.ZodMiniType<T>, row: unknown): T[] => {
    const parsed = schema.safeParse(row);
    if (parsed.success) return [parsed.data];
    leftOut++;
    return [];
  };
  const file: ExportFile = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: new Date(now).toISOString(),
    daily: daily.flatMap((row) => valid(ExportDailySchema, row)),
    actions: actions.flatMap(({ platform, kind, at }) => valid(ExportActionSchema, { platform, kind, at })),
  };
  return { file, leftOut };
}

/** The file's text: readable, one row per line, so a year of actions stays small. */
export function serializeExport(file: ExportFile): string {
  const rows = (items: unknown[]) =>
    items.length === 0 ? '[]' : `[\n${items.map((item) => `    ${JSON.stringify(item)}`).join(',\n')}\n  ]`;
  return [
    '{',
    `  "format": ${JSON.stringify(file.format)},`,
    `  "version": ${file.version},`,
    `  "exportedAt": ${JSON.stringify(file.exportedAt)},`,
    `  "daily": ${rows(file.daily)},`,
    `  "actions": ${rows(file.actions)}`,
    '}',
    '',
  ].join('\n');
}

/** The name a download gets: `betrokken-YYYY-MM-DD.json`, the local day of `now`. */
export const exportFileName = (now: number) => `betrokken-${localDay(now)}.json`;

/** A problem when a file of `bytes` is too large to read, else undefined. Checked before reading it. */
export function checkImportSize(bytes: number): string | undefined {
  if (bytes <= MAX_IMPORT_BYTES) return undefined;
  const megabytes = (count: number) => formatCount(Math.ceil(count / (1024 * 1024)));
  return t('data_problemTooLarge', megabytes(bytes), megabytes(MAX_IMPORT_BYTES));
}

/** Reads an export file's text: the file, or every readable problem with it. */
export function parseImportText(text: string): ImportCheck {
  const tooLarge = checkImportSize(text.length);
  if (tooLarge) return { ok: false, problems: [tooLarge] };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, problems: [t('data_problemNotJson')] };
  }
  return validateImport(raw);
}

/** Checks a parsed file (also in the background, where it arrives by message): all of it is valid, or nothing is. */
export function validateImport(raw: unknown): ImportCheck {
  if (!isRecord(raw) || raw.format !== EXPORT_FORMAT) return { ok: false, problems: [t('data_problemNotExport')] };
  if (raw.version === undefined) return { ok: false, problems: [t('data_problemMissing', 'version')] };
  if (raw.version !== EXPORT_VERSION)
    return {
      ok: false,
      problems: [t('data_problemVersion', shortJson(raw.version), String(EXPORT_VERSION))],
    };
  const parsed = ExportFileSchema.safeParse(raw);
  const problems = parsed.success ? duplicateDays(parsed.data) : describeIssues(raw, parsed.error.issues);
  if (problems.length > 0) return { ok: false, problems: listed(problems) };
  return { ok: true, file: parsed.data as ExportFile };
}

/** The same day and platform twice would be added once and skipped once: refused instead. */
function duplicateDays(file: ExportFile): string[] {
  const seen = new Map<string, number>();
  const problems: string[] = [];
  file.daily.forEach((row, index) => {
    const key = `${row.day} ${row.platform}`;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, index);
    else problems.push(t('data_problemDuplicate', `daily[${index}]`, `daily[${first}]`));
  });
  return problems;
}

function listed(problems: string[]): string[] {
  if (problems.length <= MAX_LISTED_PROBLEMS) return problems;
  const more = problems.length - MAX_LISTED_PROBLEMS;
  return [...problems.slice(0, MAX_LISTED_PROBLEMS), t('data_problemMore', formatCount(more))];
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** What an import adds, and what is already here and stays as it is. */
export interface ImportPreview {
  days: { added: number; present: number };
  actions: { added: number; present: number };
  /** The first and last day of the file's totals, if it has any. */
  firstDay?: string;
  lastDay?: string;
}

const actionKey = (action: ExportAction) => `${action.platform} ${action.kind} ${action.at}`;

/** The rows of `file` not stored yet. Call inside a transaction on daily and actions. */
async function newRows(db: BetrokkenDb, file: ExportFile): Promise<{ daily: DailyTotal[]; actions: ExportAction[] }> {
  const stored = await db.daily.bulkGet(file.daily.map((row) => [row.day, row.platform] as [string, string]));
  const daily = file.daily.filter((_, index) => stored[index] === undefined);
  const actions: ExportAction[] = [];
  if (file.actions.length > 0) {
    // A loop, not Math.min(...times): a spread of 100 000 arguments overflows the stack.
    let [first, last] = [Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY];
    for (const { at } of file.actions) [first, last] = [Math.min(first, at), Math.max(last, at)];
    const known = new Set((await db.actions.where('at').between(first, last, true, true).toArray()).map(actionKey));
    for (const action of file.actions) {
      const key = actionKey(action);
      if (known.has(key)) continue;
      known.add(key);
      actions.push(action);
    }
  }
  return { daily, actions };
}

/** How many day totals and actions `file` would add, and how many are already here. Writes nothing. */
export async function previewImport(db: BetrokkenDb, file: ExportFile): Promise<ImportPreview> {
  const added = await db.transaction('r', [db.daily, db.actions], () => newRows(db, file));
  const days = file.daily.map((row) => row.day).sort();
  return {
    days: { added: added.daily.length, present: file.daily.length - added.daily.length },
    actions: { added: added.actions.length, present: file.actions.length - added.actions.length },
    firstDay: days[0],
    lastDay: days.at(-1),
  };
}

/**
 * Adds `file` in one transaction: the day totals not stored yet (a day and platform already here keeps its
 * own totals, so nothing is ever counted twice) with their day, week and month summaries, and the actions
 * not stored yet (an action is known by its platform, kind and time). Importing the same file twice adds nothing.
 */
export async function applyImport(
  db: BetrokkenDb,
  file: ExportFile,
): Promise<{ addedDays: number; addedActions: number }> {
  return db.transaction('rw', [db.daily, db.actions, db.summaries], async () => {
    const added = await newRows(db, file);
    await db.daily.bulkAdd(added.daily);
    for (const { day, platform, spectatorSeconds, participantSeconds, actions } of added.daily)
      await addToSummaries(db.summaries, day, platform, { spectatorSeconds, participantSeconds, actions });
    await db.actions.bulkAdd(added.actions);
    return { addedDays: added.daily.length, addedActions: added.actions.length };
  });
}

/** Deletes every recorded second, action, daily total and summary in one transaction. Settings stay. */
export async function deleteAllData(db: BetrokkenDb): Promise<void> {
  await db.transaction('rw', [db.slices, db.actions, db.daily, db.summaries], async () => {
    await Promise.all([db.slices.clear(), db.actions.clear(), db.daily.clear(), db.summaries.clear()]);
  });
}
