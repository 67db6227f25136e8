// A month of varied, plausible use across platforms, made up deterministically for the demo.
import { getDb } from '../../utils/db';
import { type AttendedRun, recordAttention, type TimedAction } from '../../utils/recorder';
import type { ActionKind, Mode, PageType } from '../../utils/vocabulary';

type Habit = {
  platform: AttendedRun['platform'];
  pageType: PageType;
  minutes: [number, number];
  writes: number; // share of the time spent writing
  actions: [ActionKind, number][]; // kind, average per session
};

const HABITS: Habit[] = [
  {
    platform: 'x',
    pageType: 'feed',
    minutes: [5, 25],
    writes: 0.1,
    actions: [
      ['like', 4],
      ['reply', 0.6],
      ['repost', 0.5],
    ],
  },
  {
    platform: 'youtube',
    pageType: 'video',
    minutes: [10, 45],
    writes: 0.02,
    actions: [
      ['like', 1],
      ['follow', 0.1],
    ],
  },
  {
    platform: 'instagram',
    pageType: 'feed',
    minutes: [5, 20],
    writes: 0.05,
    actions: [
      ['like', 6],
      ['message', 0.8],
    ],
  },
  {
    platform: 'reddit',
    pageType: 'post',
    minutes: [5, 30],
    writes: 0.15,
    actions: [
      ['like', 3],
      ['reply', 0.8],
    ],
  },
  {
    platform: 'mastodon',
    pageType: 'feed',
    minutes: [3, 15],
    writes: 0.3,
    actions: [
      ['post', 0.5],
      ['reply', 1],
      ['like', 2],
    ],
  },
  {
    platform: 'linkedin',
    pageType: 'feed',
    minutes: [2, 10],
    writes: 0.1,
    actions: [
      ['like', 1],
      ['follow', 0.2],
    ],
  },
  {
    platform: 'tiktok',
    pageType: 'video',
    minutes: [5, 40],
    writes: 0.01,
    actions: [
      ['like', 8],
      ['follow', 0.3],
    ],
  },
];

/** A small seeded pseudo-random generator (mulberry32): the same demo every time. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Sessions for the 30 days up to `now`, and the actions taken in them. */
export function demoMonth(now: number): { runs: AttendedRun[]; actions: TimedAction[] } {
  const next = random(20261123);
  const runs: AttendedRun[] = [];
  const actions: TimedAction[] = [];
  for (let daysAgo = 29; daysAgo >= 0; daysAgo--) {
    const date = new Date(now);
    date.setDate(date.getDate() - daysAgo);
    for (const habit of HABITS) {
      if (next() < 0.3) continue; // not every platform every day
      const hour = 8 + Math.floor(next() * 13);
      const start = new Date(
        date.getFullYear(),
        date.getMonth(),
        date.getDate(),
        hour,
        Math.floor(next() * 60),
      ).getTime();
      if (start > now) continue;
      const minutes = habit.minutes[0] + next() * (habit.minutes[1] - habit.minutes[0]);
      const writing = minutes * habit.writes * (0.5 + next());
      const run = (mode: Mode, from: number, length: number): AttendedRun => ({
        platform: habit.platform,
        pageType: habit.pageType,
        mode,
        start: Math.round(from),
        end: Math.round(from + length * 60_000),
      });
      runs.push(run('spectator', start, minutes - writing));
      if (writing > 0.2) runs.push(run('participant', start + (minutes - writing) * 60_000, writing));
      for (const [kind, average] of habit.actions) {
        const count = Math.round(average * 2 * next());
        for (let index = 0; index < count; index++)
          actions.push({ platform: habit.platform, kind, at: Math.round(start + next() * minutes * 60_000) });
      }
    }
  }
  return { runs, actions };
}

/** Writes the demo month into the extension's database through the same code tracking uses. */
export async function seedDemo(now: number): Promise<number> {
  const { runs, actions } = demoMonth(now);
  await recordAttention(getDb(), runs, actions);
  return runs.length;
}

(globalThis as unknown as { seedDemo: typeof seedDemo }).seedDemo = seedDemo;
