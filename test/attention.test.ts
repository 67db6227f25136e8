import { describe, expect, it } from 'vitest';
import { type AttentionTimeline, attendedParts, currentHolder, TIMELINE_KEEP_MS, withChange } from '@/utils/attention';

const build = (...changes: [number, number | undefined][]) =>
  changes.reduce<AttentionTimeline>((timeline, [at, tabId]) => withChange(timeline, { at, tabId }), []);

describe('the attention timeline', () => {
  it('gives each moment to one tab at most: two windows never both count', () => {
    // Tab 1 in window A, then window B's tab 2 takes focus, then the browser loses focus, then tab 1 again.
    const timeline = build([0, 1], [10_000, 2], [20_000, undefined], [30_000, 1]);
    const whole = { start: 0, end: 40_000 };
    expect(attendedParts(timeline, 1, whole)).toEqual([
      { start: 0, end: 10_000 },
      { start: 30_000, end: 40_000 },
    ]);
    expect(attendedParts(timeline, 2, whole)).toEqual([{ start: 10_000, end: 20_000 }]);
    expect(attendedParts(timeline, 3, whole)).toEqual([]);
    expect(currentHolder(timeline)).toBe(1);
  });

  it('counts nothing from before the timeline began', () => {
    expect(attendedParts(build([5000, 1]), 1, { start: 0, end: 8000 })).toEqual([{ start: 5000, end: 8000 }]);
  });

  it('ignores a repeated change and keeps only the history pulses can still need', () => {
    const timeline = build([0, 1], [1000, 1], [2000, 2], [TIMELINE_KEEP_MS + 5000, 1]);
    expect(timeline.map((change) => change.at)).toEqual([2000, TIMELINE_KEEP_MS + 5000]);
    expect(attendedParts(timeline, 2, { start: 4000, end: 6000 })).toEqual([{ start: 4000, end: 6000 }]);
  });
});
