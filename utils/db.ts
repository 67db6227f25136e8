import { Dexie, type EntityTable, type Table } from 'dexie';
import * as z from 'zod/mini';
import { ActionKindSchema, ModeSchema, PageTypeSchema, PlatformIdSchema } from './vocabulary';

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
export const DailyTotalSchema = z.object({
  day: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
  platform: PlatformIdSchema,
  spectatorSeconds: z.number().check(z.nonnegative()),
  participantSeconds: z.number().check(z.nonnegative()),
  actions: z.partialRecord(ActionKindSchema, z.int().check(z.nonnegative())),
});
export type DailyTotal = z.infer<typeof DailyTotalSchema>;

/** Betrokken's IndexedDB. Released `version(n)` blocks are never edited: add a new version instead. */
export class BetrokkenDb extends Dexie {
  slices!: EntityTable<Slice, 'id'>;
  actions!: EntityTable<ActionRecord, 'id'>;
  daily!: Table<DailyTotal, [string, string]>;

  constructor(name = 'betrokken') {
    super(name);
    this.version(1).stores({
      slices: '++id, start, [platform+start]',
      actions: '++id, at, [platform+at]',
      daily: '[day+platform], day',
    });
  }
}

let instance: BetrokkenDb | undefined;

/** The database, opened on first use (never at import time: WXT imports entrypoints in Node). */
export function getDb(): BetrokkenDb {
  instance ??= new BetrokkenDb();
  return instance;
}

/** The daily totals from `fromDay` to `toDay` inclusive (`YYYY-MM-DD`), oldest first. */
export function dailyTotalsBetween(fromDay: string, toDay: string): Promise<DailyTotal[]> {
  return getDb().daily.where('day').between(fromDay, toDay, true, true).toArray();
}

/** Whether anything has been recorded yet. */
export async function hasAnyData(): Promise<boolean> {
  return (await getDb().daily.count()) > 0;
}
