import { Dexie, type EntityTable, type Table, type Transaction } from 'dexie';
import * as z from 'zod/mini';
import { isoWeek, localMonth } from './days';
import { type PlatformId, PlatformIdSchema } from './platforms';
import { addTotals, emptyTotals, type Summary, type Totals, TotalsSchema } from './totals';
import { PERIODS, type Period } from './vocabulary';
import { ActionKindSchema, ModeSchema, PageTypeSchema } from './vocabulary-schemas';

export { addTotals, emptyTotals, type Summary, SummarySchema, type Totals, TotalsSchema } from './totals';
export { PERIODS, type Period };

/** A stretch of attention on one platform, in one mode, on one page type. Times are epoch milliseconds. */
export const SliceSchema = z.object({
  id: z.optional(z.int()),
  platform: PlatformIdSchema,
  pageType: PageTypeSchema,
  mode: ModeSchema,
  start: z.int(),
  end: z.int(),
});
export type Slice = z.infer<typeof SliceSchema>;

/** One action the user took, at epoch milliseconds `at`. */
export const ActionRecordSchema = z.object({
  id: z.optional(z.int()),
  platform: PlatformIdSchema,
  kind: ActionKindSchema,
  at: z.int(),
});
export type ActionRecord = z.infer<typeof ActionRecordSchema>;

/** Totals of one local calendar day (`YYYY-MM-DD`) on one platform. */
export const DailyTotalSchema = z.extend(TotalsSchema, {
  day: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
  platform: PlatformIdSchema,
});
export type DailyTotal = z.infer<typeof DailyTotalSchema>;

/** The keys of the summary rows a day belongs to. */
export function periodKeysOf(day: string): Record<Period, string> {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const noon = new Date(year, month - 1, date, 12).getTime();
  return { day, week: isoWeek(noon), month: localMonth(noon) };
}

/** Adds one day's totals of one platform to the day, week and month summaries. */
export async function addToSummaries(
  summaries: Table<Summary, [Period, string]>,
  day: string,
  platform: PlatformId,
  added: Totals,
): Promise<void> {
  for (const [period, key] of Object.entries(periodKeysOf(day)) as [Period, string][]) {
    const row = (await summaries.get([period, key])) ?? { period, key, platforms: {} };
    row.platforms[platform] = addTotals(row.platforms[platform] ?? emptyTotals(), added);
    await summaries.put(row);
  }
}

/** Betrokken's IndexedDB. Released `version(n)` blocks are never edited: add a new version instead. */
export class BetrokkenDb extends Dexie {
  slices!: EntityTable<Slice, 'id'>;
  actions!: EntityTable<ActionRecord, 'id'>;
  daily!: Table<DailyTotal, [string, string]>;
  summaries!: Table<Summary, [Period, string]>;

  constructor(name = 'betrokken') {
    super(name);
    this.version(1).stores({
      slices: '++id, start, [platform+start]',
      actions: '++id, at, [platform+at]',
      daily: '[day+platform], day',
    });
    // v2: slices found by end (merging, overlap), actions by their identity (a page resending a pulse),
    // and summaries per day, week and month so the popup reads a year in a few rows.
    this.version(2)
      .stores({
        slices: '++id, start, end, [platform+start]',
        actions: '++id, at, [platform+at], [platform+kind+at]',
        summaries: '[period+key]',
      })
      .upgrade(summariseDailyTotals);
  }
}

/** Builds the summaries from the daily totals written before version 2. */
async function summariseDailyTotals(transaction: Transaction): Promise<void> {
  const summaries = transaction.table<Summary, [Period, string]>('summaries');
  const rows = await transaction.table<unknown>('daily').toArray();
  for (const raw of rows) {
    const row = DailyTotalSchema.safeParse(raw);
    if (row.success) await addToSummaries(summaries, row.data.day, row.data.platform, row.data);
  }
}

let instance: BetrokkenDb | undefined;

/** The database, opened on first use (never at import time: WXT imports entrypoints in Node). */
export function getDb(): BetrokkenDb {
  instance ??= new BetrokkenDb();
  return instance;
}

/** The summaries of one kind of period from key `from` to key `to` inclusive, oldest first: what the popup reads. */
export function summariesBetween(db: BetrokkenDb, period: Period, from: string, to: string): Promise<Summary[]> {
  return db.summaries.where('[period+key]').between([period, from], [period, to], true, true).toArray();
}

/** The daily totals from `fromDay` to `toDay` inclusive (`YYYY-MM-DD`), oldest first. */
export function dailyTotalsBetween(fromDay: string, toDay: string): Promise<DailyTotal[]> {
  return getDb().daily.where('day').between(fromDay, toDay, true, true).toArray();
}

/**
 * Whether anything has been recorded yet. Every write adds to a month summary, so one month row answers it;
 * a count of the daily rows would read a year of them (measured: 3 ms of the popup's 5).
 */
export async function hasAnyData(db: BetrokkenDb = getDb()): Promise<boolean> {
  const months = db.summaries.where('[period+key]').between(['month', Dexie.minKey], ['month', Dexie.maxKey]);
  return (await months.limit(1).toArray()).length > 0;
}
