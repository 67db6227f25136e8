import { describe, expect, it } from 'vitest';
import { dailyTotalsBetween, getDb, hasAnyData } from '@/utils/db';

const day = (date: string, platform: 'x' | 'youtube', spectatorSeconds: number) => ({
  day: date,
  platform,
  spectatorSeconds,
  participantSeconds: 0,
  actions: {},
});

describe('database', () => {
  it('starts empty', async () => {
    expect(await hasAnyData()).toBe(false);
  });

  it('returns the daily totals of a range of days, inclusive, one row per day and platform', async () => {
    await getDb().daily.bulkPut([
      day('2026-11-20', 'x', 60),
      day('2026-11-21', 'x', 120),
      day('2026-11-21', 'youtube', 30),
      day('2026-11-22', 'x', 10),
    ]);
    await getDb().daily.put(day('2026-11-21', 'x', 180)); // same day and platform replaces
    const rows = await dailyTotalsBetween('2026-11-21', '2026-11-22');
    expect(rows.map((row) => [row.day, row.platform, row.spectatorSeconds])).toEqual([
      ['2026-11-21', 'x', 180],
      ['2026-11-21', 'youtube', 30],
      ['2026-11-22', 'x', 10],
    ]);
    expect(await hasAnyData()).toBe(true);
  });

  it('is at schema version 1 with the three tables', async () => {
    await getDb().open();
    expect(getDb().verno).toBe(1);
    expect(
      getDb()
        .tables.map((table) => table.name)
        .sort(),
    ).toEqual(['actions', 'daily', 'slices']);
  });
});
