import type { AttendedRun } from '@/utils/recorder';

/** An attended run of `seconds` from `start`: X's feed, watched, unless `extra` says otherwise. */
export const run = (start: number, seconds: number, extra: Partial<AttendedRun> = {}): AttendedRun => ({
  platform: 'x',
  pageType: 'feed',
  mode: 'spectator',
  start,
  end: start + seconds * 1000,
  ...extra,
});
