import { describe, expect, it } from 'vitest';
import { getDb } from '@/utils/db';
import { overviewStart, readOverview } from '@/utils/overview';
import { recordAttention } from '@/utils/recorder';
import { useTimeZone } from './helpers/time-zone';

useTimeZone();

const NOW = new Date(2026, 10, 23, 15).getTime(); // Monday 23 November 2026
const daysAgo = (days: number) => new Date(2026, 10, 23 - days, 10).getTime();

describe('the overview', () => {
  it('covers the last 7 days, 8 ISO weeks and 6 months, today included', () => {
    expect(overviewStart(NOW)).toEqual({ day: '2026-11-17', week: '2026-W41', month: '2026-06' });
  });

  it('reads each period once, oldest first, and nothing older', async () => {
    for (const days of [0, 1, 6, 7, 30, 400])
      await recordAttention(
        getDb(),
        [{ platform: 'x', pageType: 'feed', mode: 'spectator', start: daysAgo(days), end: daysAgo(days) + 60_000 }],
        [],
      );
    const overview = await readOverview(getDb(), NOW);
    expect(overview.day.map((row) => row.key)).toEqual(['2026-11-17', '2026-11-22', '2026-11-23']);
    expect(overview.week.map((row) => row.key)).toEqual(['2026-W43', '2026-W47', '2026-W48']);
    expect(overview.month.map((row) => [row.key, row.platforms.x?.spectatorSeconds])).toEqual([
      ['2026-10', 60],
      ['2026-11', 240],
    ]);
  });
});
