import { timeDay } from 'd3-time';
import { localDay } from './days';
import type { PlatformId } from './platforms';
import { addTotals, emptyTotals, type Summary, type Totals } from './totals';
import { type ActionKind, PARTICIPANT_ACTIONS, SPECTATOR_ACTIONS } from './vocabulary';

/** The popup's periods, in days. */
export const RANGES = [7, 30, 90] as const;
export type Range = (typeof RANGES)[number];

/** All platforms of a summary row added up. */
export function allPlatforms(row: Summary | undefined): Totals {
  const sum = emptyTotals();
  for (const totals of Object.values(row?.platforms ?? {})) addTotals(sum, totals);
  return sum;
}

/** Seconds in both modes. */
export const attentionSeconds = (totals: Totals) => totals.spectatorSeconds + totals.participantSeconds;

/** The spectator share of the attention seconds (0–1), or undefined when there were none. */
export function spectatorShare(totals: Totals): number | undefined {
  const all = attentionSeconds(totals);
  return all > 0 ? totals.spectatorSeconds / all : undefined;
}

/** Action counts split into what a deelnemer and what a toeschouwer does, every kind listed. */
export function actionsByMode(totals: Totals): Record<'participant' | 'spectator', [ActionKind, number][]> {
  const count = (kind: ActionKind): [ActionKind, number] => [kind, totals.actions[kind] ?? 0];
  return { participant: PARTICIPANT_ACTIONS.map(count), spectator: SPECTATOR_ACTIONS.map(count) };
}

/** The local days of the `days` days up to and including the day of `now`, oldest first. */
export function lastDays(now: number, days: number): string[] {
  const today = timeDay.floor(new Date(now));
  return timeDay.range(timeDay.offset(today, 1 - days), timeDay.offset(today, 1)).map((day) => localDay(day.getTime()));
}

/** One bar of the chart: a day and its totals over all platforms. */
export interface DayTotals {
  day: string;
  totals: Totals;
}

/** A total for every one of `days`, zero where nothing was recorded. */
export function dailySeries(rows: readonly Summary[], days: readonly string[]): DayTotals[] {
  const byDay = new Map(rows.map((row) => [row.key, row]));
  return days.map((day) => ({ day, totals: allPlatforms(byDay.get(day)) }));
}

/** The totals of several days added up, per platform and over all. */
export function periodTotals(rows: readonly Summary[], days: readonly string[]) {
  const wanted = new Set(days);
  const perPlatform = new Map<PlatformId, Totals>();
  const all = emptyTotals();
  for (const row of rows) {
    if (!wanted.has(row.key)) continue;
    for (const [platform, totals] of Object.entries(row.platforms) as [PlatformId, Totals][]) {
      addTotals(all, totals);
      if (!perPlatform.has(platform)) perPlatform.set(platform, emptyTotals());
      addTotals(perPlatform.get(platform) as Totals, totals);
    }
  }
  const platforms = [...perPlatform].sort(([, a], [, b]) => attentionSeconds(b) - attentionSeconds(a));
  return { all, platforms };
}

/** How this period's participation compares with the period before: in share points, or no comparison. */
export function participationChange(now: Totals, before: Totals): 'more' | 'less' | 'same' | undefined {
  const nowShare = spectatorShare(now);
  const beforeShare = spectatorShare(before);
  if (nowShare === undefined || beforeShare === undefined) return undefined;
  const difference = beforeShare - nowShare; // less spectating is more participating
  if (Math.abs(difference) < 0.01) return 'same';
  return difference > 0 ? 'more' : 'less';
}
