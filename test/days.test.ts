import { describe, expect, it } from 'vitest';
import { isoWeek, localDay, localMonth, splitAtMidnights, subtractIntervals } from '@/utils/days';
import { inZone, useTimeZone } from './helpers/time-zone';

useTimeZone();
const HOUR = 3_600_000;

describe('local days', () => {
  it('splits a slice that crosses local midnight', () => {
    inZone('Europe/Amsterdam');
    const start = new Date(2026, 10, 22, 23, 59, 30).getTime();
    const pieces = splitAtMidnights({ start, end: start + 60_000 });
    expect(pieces.map((piece) => [localDay(piece.start), (piece.end - piece.start) / 1000])).toEqual([
      ['2026-11-22', 30],
      ['2026-11-23', 30],
    ]);
  });

  it('gives the DST days their 23 and 25 hours, losing and doubling nothing', () => {
    inZone('Europe/Amsterdam');
    for (const [date, hours] of [
      [new Date(2026, 2, 29), 23], // clocks go forward
      [new Date(2026, 9, 25), 25], // clocks go back
    ] as const) {
      const start = date.getTime() - HOUR;
      const pieces = splitAtMidnights({ start, end: start + 27 * HOUR });
      expect(pieces.map((piece) => (piece.end - piece.start) / HOUR)).toEqual([1, hours, 27 - 1 - hours]);
      expect(new Set(pieces.map((piece) => localDay(piece.start))).size).toBe(3);
    }
  });

  it('puts each second in exactly one day when the time zone changes between slices', () => {
    const first = Date.UTC(2026, 10, 23, 3);
    inZone('Europe/Amsterdam');
    const before = splitAtMidnights({ start: first, end: first + HOUR }).map((piece) => localDay(piece.start));
    inZone('America/New_York'); // a flight west: the same instant is the previous local day
    const after = splitAtMidnights({ start: first + HOUR, end: first + 2 * HOUR });
    expect(before).toEqual(['2026-11-23']);
    expect(after.map((piece) => [localDay(piece.start), piece.end - piece.start])).toEqual([['2026-11-22', HOUR]]);
  });

  it('names ISO weeks (Monday first) and months', () => {
    inZone('Europe/Amsterdam');
    expect(isoWeek(new Date(2026, 0, 1).getTime())).toBe('2026-W01'); // a Thursday
    expect(isoWeek(new Date(2027, 0, 1).getTime())).toBe('2026-W53'); // a Friday
    expect(isoWeek(new Date(2024, 11, 30).getTime())).toBe('2025-W01'); // a Monday
    expect(isoWeek(new Date(2026, 10, 22, 23, 30).getTime())).toBe('2026-W47'); // Sunday night
    expect(isoWeek(new Date(2026, 10, 23, 0, 30).getTime())).toBe('2026-W48'); // Monday morning
    expect(localMonth(new Date(2026, 10, 30, 23, 59).getTime())).toBe('2026-11');
  });
});

describe('subtracting intervals', () => {
  it('keeps only what no other interval covers', () => {
    expect(
      subtractIntervals({ start: 0, end: 100 }, [
        { start: 20, end: 30 },
        { start: 90, end: 120 },
      ]),
    ).toEqual([
      { start: 0, end: 20 },
      { start: 30, end: 90 },
    ]);
    expect(subtractIntervals({ start: 0, end: 100 }, [{ start: -5, end: 105 }])).toEqual([]);
  });
});
