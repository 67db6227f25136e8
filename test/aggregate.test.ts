import { describe, expect, it } from 'vitest';
import {
  actionsByMode,
  allPlatforms,
  dailySeries,
  lastDays,
  participationChange,
  periodTotals,
  spectatorShare,
} from '@/utils/aggregate';
import type { Summary } from '@/utils/db';
import { useTimeZone } from './helpers/time-zone';

useTimeZone();

const row = (key: string, x: [number, number], youtube?: [number, number]): Summary => ({
  period: 'day',
  key,
  platforms: {
    x: { spectatorSeconds: x[0], participantSeconds: x[1], actions: { like: 2, reply: 1 } },
    ...(youtube && { youtube: { spectatorSeconds: youtube[0], participantSeconds: youtube[1], actions: { like: 5 } } }),
  },
});

describe('aggregating for the popup', () => {
  it('adds the platforms of a day, with the spectator share and actions of each kind', () => {
    const today = allPlatforms(row('2026-11-23', [600, 300], [900, 0]));
    expect(today).toMatchObject({ spectatorSeconds: 1500, participantSeconds: 300 });
    expect(spectatorShare(today)).toBeCloseTo(1500 / 1800);
    expect(actionsByMode(today)).toEqual({
      participant: [
        ['post', 0],
        ['reply', 1],
        ['message', 0],
        ['quote', 0],
      ],
      spectator: [
        ['like', 7],
        ['repost', 0],
        ['follow', 0],
        ['bookmark', 0],
        ['share', 0],
      ],
    });
    expect(spectatorShare(allPlatforms(undefined))).toBeUndefined();
  });

  it('lists the last days in local time, across the DST change, oldest first', () => {
    expect(lastDays(new Date(2026, 9, 26, 8).getTime(), 3)).toEqual(['2026-10-24', '2026-10-25', '2026-10-26']);
    expect(lastDays(new Date(2026, 0, 1, 0, 30).getTime(), 2)).toEqual(['2025-12-31', '2026-01-01']);
  });

  it('fills days without data with zeros and sums a period per platform, busiest first', () => {
    const rows = [row('2026-11-21', [60, 0]), row('2026-11-23', [120, 60], [600, 0])];
    const days = ['2026-11-21', '2026-11-22', '2026-11-23'];
    expect(dailySeries(rows, days).map(({ day, totals }) => [day, totals.spectatorSeconds])).toEqual([
      ['2026-11-21', 60],
      ['2026-11-22', 0],
      ['2026-11-23', 720],
    ]);
    const period = periodTotals(rows, days.slice(1));
    expect(period.all.spectatorSeconds).toBe(720);
    expect(period.platforms.map(([platform]) => platform)).toEqual(['youtube', 'x']);
  });

  it('says whether participation rose or fell against the period before', () => {
    const totals = (spectator: number, participant: number) => ({
      spectatorSeconds: spectator,
      participantSeconds: participant,
      actions: {},
    });
    expect(participationChange(totals(50, 50), totals(90, 10))).toBe('more');
    expect(participationChange(totals(90, 10), totals(50, 50))).toBe('less');
    expect(participationChange(totals(90, 10), totals(900, 100))).toBe('same');
    expect(participationChange(totals(90, 10), totals(0, 0))).toBeUndefined();
  });
});
