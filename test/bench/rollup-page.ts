// Runs in a plain https page of the bench's Chromium: the popup's year query against its real IndexedDB.

import { lastDays } from '../../utils/aggregate';
import { localDay } from '../../utils/days';
import { addToSummaries, BetrokkenDb, emptyTotals, hasAnyData, summariesBetween } from '../../utils/db';
import { PLATFORM_IDS } from '../../utils/platforms';
import { median } from './median';

const DAY_MS = 86_400_000;

/** A year of daily totals on all ten platforms, with their summaries, as tracking would have written them. */
async function seedYear(db: BetrokkenDb, now: number): Promise<void> {
  await db.transaction('rw', db.daily, db.summaries, async () => {
    for (let back = 0; back < 365; back++) {
      const day = localDay(now - back * DAY_MS);
      for (const platform of PLATFORM_IDS) {
        const totals = {
          ...emptyTotals(),
          spectatorSeconds: 1200,
          participantSeconds: 300,
          actions: { like: 4, reply: 1 },
        };
        await db.daily.put({ day, platform, ...totals });
        await addToSummaries(db.summaries, day, platform, totals);
      }
    }
  });
}

/** Opening the database and the popup's opening query (its 7 days, the 7 before, anything at all?), as the background runs it. */
async function timeOverview(name: string, now: number): Promise<number> {
  const days = lastDays(now, 14);
  const started = performance.now();
  const db = new BetrokkenDb(name);
  await Promise.all([summariesBetween(db, 'day', days[0] as string, days.at(-1) as string), hasAnyData(db)]);
  const spent = performance.now() - started;
  db.close();
  return spent;
}

async function benchRollup(rounds: number): Promise<{ ratio: number; year: number; empty: number; rows: number }> {
  const now = Date.now();
  const year = new BetrokkenDb('bench-year');
  await seedYear(year, now);
  const rows = await year.daily.count();
  year.close();
  await new BetrokkenDb('bench-empty').open().then((db) => db.close());
  const yearTimes: number[] = [];
  const emptyTimes: number[] = [];
  for (let round = 0; round < rounds; round++) {
    yearTimes.push(await timeOverview('bench-year', now));
    emptyTimes.push(await timeOverview('bench-empty', now));
  }
  return { ratio: median(yearTimes) / median(emptyTimes), year: median(yearTimes), empty: median(emptyTimes), rows };
}

(window as unknown as { benchRollup: typeof benchRollup }).benchRollup = benchRollup;
