import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { BetrokkenDb, dailyTotalsBetween, getDb, hasAnyData } from '@/utils/db';
import { recordAttention } from '@/utils/recorder';

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
  });

  it('knows that something was recorded, from any day, not only the days the popup shows', async () => {
    const longAgo = new Date(2025, 0, 5, 10).getTime();
    await recordAttention(
      getDb(),
      [{ platform: 'x', pageType: 'feed', mode: 'spectator', start: longAgo, end: longAgo + 1000 }],
      [],
    );
    expect(await hasAnyData()).toBe(true);
  });

  it('is at schema version 2 with slices, actions, daily totals and summaries', async () => {
    await getDb().open();
    expect(getDb().verno).toBe(2);
    expect(
      getDb()
        .tables.map((table) => table.name)
        .sort(),
    ).toEqual(['actions', 'daily', 'slices', 'summaries']);
  });
});

describe('migration from version 1', () => {
  it('keeps every row and builds the summaries from the daily totals', async () => {
    const v1 = new Dexie('betrokken-migration');
    v1.version(1).stores({
      slices: '++id, start, [platform+start]',
      actions: '++id, at, [platform+at]',
      daily: '[day+platform], day',
    });
    const start = new Date(2026, 10, 2, 9).getTime();
    await v1.table('slices').add({ platform: 'x', pageType: 'feed', mode: 'spectator', start, end: start + 60_000 });
    await v1.table('actions').add({ platform: 'x', kind: 'like', at: start + 1000 });
    await v1.table('daily').bulkAdd([
      { ...day('2026-11-02', 'x', 60), actions: { like: 1 } },
      day('2026-11-03', 'x', 40), // same ISO week and month
      day('2026-11-03', 'youtube', 30),
      { day: 'not a day', platform: 'x', spectatorSeconds: -1, participantSeconds: 0, actions: {} }, // corrupt: left out of the summaries
    ]);
    v1.close();

    const db = new BetrokkenDb('betrokken-migration');
    try {
      expect(await db.slices.where('end').above(start).count()).toBe(1);
      expect(await db.actions.get({ platform: 'x', kind: 'like', at: start + 1000 })).toBeDefined();
      expect(await db.daily.count()).toBe(4);
      const week = await db.summaries.get(['week', '2026-W45']);
      expect(week?.platforms.x).toEqual({ spectatorSeconds: 100, participantSeconds: 0, actions: { like: 1 } });
      expect(week?.platforms.youtube?.spectatorSeconds).toBe(30);
      expect((await db.summaries.get(['month', '2026-11']))?.platforms.x?.spectatorSeconds).toBe(100);
      expect((await db.summaries.get(['day', '2026-11-03']))?.platforms.x?.spectatorSeconds).toBe(40);
    } finally {
      await db.delete();
    }
  });
});
