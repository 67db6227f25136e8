import { isoWeek, localDay, localMonth } from './days';
import type { BetrokkenDb, Period, Summary } from './db';

/**
 * How far back the popup looks, per kind of period: 21 rows at most, so it opens as fast with a year of
 * history as with none (measured: `npm run bench`, rollup ratio).
 */
export const OVERVIEW_SPAN = { day: 7, week: 8, month: 6 } as const satisfies Record<Period, number>;

/** What the popup shows: the last days, weeks and months, oldest first; periods without data are absent. */
export type Overview = Record<Period, Summary[]>;

/** The first key of each kind of period the overview shows, counted back from `now`. */
export function overviewStart(now: number): Record<Period, string> {
  const date = new Date(now);
  const daysBack = (days: number) => new Date(date.getFullYear(), date.getMonth(), date.getDate() - days, 12);
  return {
    day: localDay(daysBack(OVERVIEW_SPAN.day - 1).getTime()),
    week: isoWeek(daysBack(7 * (OVERVIEW_SPAN.week - 1)).getTime()),
    month: localMonth(new Date(date.getFullYear(), date.getMonth() - (OVERVIEW_SPAN.month - 1), 1, 12).getTime()),
  };
}

/** Reads the overview in one transaction: a few dozen rows, however much history is stored. */
export async function readOverview(db: BetrokkenDb, now: number): Promise<Overview> {
  const from = overviewStart(now);
  const to = { day: localDay(now), week: isoWeek(now), month: localMonth(now) };
  return db.transaction('r', db.summaries, async () => {
    const read = (period: Period) =>
      db.summaries.where('[period+key]').between([period, from[period]], [period, to[period]], true, true).toArray();
    const [day, week, month] = await Promise.all([read('day'), read('week'), read('month')]);
    return { day, week, month };
  });
}
