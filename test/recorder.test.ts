import { describe, expect, it } from 'vitest';
import { getDb, type Summary } from '@/utils/db';
import { pruneRawData, recordAttention } from '@/utils/recorder';
import { run } from './helpers/runs';
import { useTimeZone } from './helpers/time-zone';

useTimeZone();

const at = (hour: number, minute = 0, second = 0) => new Date(2026, 10, 23, hour, minute, second).getTime();
const daily = async (day: string, platform = 'x') => getDb().daily.get([day, platform]);

describe('recording attention', () => {
  it('continues a slice from pulse to pulse and sums the day', async () => {
    const start = at(10);
    await recordAttention(getDb(), [run(start, 15)], []);
    await recordAttention(getDb(), [run(start + 15_000, 15)], []);
    await recordAttention(getDb(), [run(start + 30_000, 10, { mode: 'participant' })], []);
    expect(await getDb().slices.count()).toBe(2);
    expect(await daily('2026-11-23')).toMatchObject({ spectatorSeconds: 30, participantSeconds: 10 });
  });

  it('never counts a second twice: duplicate and out-of-order pulses', async () => {
    const start = at(10);
    const pulses = [run(start + 15_000, 15), run(start, 15), run(start, 15), run(start + 10_000, 20)];
    for (const pulse of pulses) await recordAttention(getDb(), [pulse], []);
    expect((await daily('2026-11-23'))?.spectatorSeconds).toBe(30);
    const slices = await getDb().slices.orderBy('start').toArray();
    expect(slices.reduce((sum, slice) => sum + slice.end - slice.start, 0)).toBe(30_000);
  });

  it('splits a slice at local midnight into both days', async () => {
    const start = new Date(2026, 10, 22, 23, 59, 50).getTime();
    await recordAttention(getDb(), [run(start, 15)], []);
    expect((await daily('2026-11-22'))?.spectatorSeconds).toBe(10);
    expect((await daily('2026-11-23'))?.spectatorSeconds).toBe(5);
    expect(await getDb().slices.count()).toBe(2);
  });

  it('counts each action once, however often a page resends it, into its day, week and month', async () => {
    const actions = [
      { platform: 'x' as const, kind: 'like' as const, at: at(9) },
      { platform: 'x' as const, kind: 'reply' as const, at: at(9, 1) },
    ];
    await recordAttention(getDb(), [], actions);
    await recordAttention(getDb(), [], actions);
    expect((await daily('2026-11-23'))?.actions).toEqual({ like: 1, reply: 1 });
    const week = (await getDb().summaries.get(['week', '2026-W48'])) as Summary;
    expect(week.platforms.x?.actions).toEqual({ like: 1, reply: 1 });
    expect((await getDb().summaries.get(['month', '2026-11']))?.platforms.x?.actions.like).toBe(1);
  });

  it('keeps the summaries equal to the sum of the daily totals', async () => {
    await recordAttention(getDb(), [run(at(8), 40), run(at(20), 20, { platform: 'youtube', pageType: 'video' })], []);
    await recordAttention(getDb(), [run(new Date(2026, 10, 24, 8).getTime(), 60)], []);
    const week = (await getDb().summaries.get(['week', '2026-W48'])) as Summary;
    expect(week.platforms.x?.spectatorSeconds).toBe(100);
    expect(week.platforms.youtube?.spectatorSeconds).toBe(20);
    expect((await getDb().summaries.get(['day', '2026-11-24']))?.platforms.x?.spectatorSeconds).toBe(60);
  });

  it('deletes raw data past the retention time and keeps the totals', async () => {
    const old = at(10) - 100 * 86_400_000;
    await recordAttention(getDb(), [run(old, 30), run(at(10), 30)], [{ platform: 'x', kind: 'like', at: old }]);
    await pruneRawData(getDb(), at(12), 90);
    expect(await getDb().slices.count()).toBe(1);
    expect(await getDb().actions.count()).toBe(0);
    expect(await getDb().daily.count()).toBe(2);
  });
});
