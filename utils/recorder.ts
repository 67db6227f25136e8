import { localDay, splitAtMidnights, subtractIntervals } from './days';
import { addToSummaries, addTotals, type BetrokkenDb, emptyTotals, type Slice, type Totals } from './db';
import type { PlatformId } from './platforms';
import type { ActionKind } from './vocabulary';

/** A slice ending this close before the next one of the same kind is continued rather than repeated. */
export const MERGE_GAP_MS = 1000;

/** Attended time to store: already cut to the seconds its tab held the user's attention. */
export type AttendedRun = Omit<Slice, 'id'>;

export interface TimedAction {
  platform: PlatformId;
  kind: ActionKind;
  at: number;
}

/**
 * Stores attended runs and actions, with their daily totals and summaries, in one transaction. Writing
 * is idempotent: time already stored (a pulse sent twice, or out of order) is never counted again, since
 * only one tab holds attention at a time, and an action is known by its platform, kind and time.
 */
export async function recordAttention(db: BetrokkenDb, runs: AttendedRun[], actions: TimedAction[]): Promise<void> {
  if (runs.length === 0 && actions.length === 0) return;
  await db.transaction('rw', [db.slices, db.actions, db.daily, db.summaries], async () => {
    const added = new Map<string, { day: string; platform: PlatformId; totals: Totals }>();
    const totalsOf = (day: string, platform: PlatformId) => {
      const key = `${day} ${platform}`;
      if (!added.has(key)) added.set(key, { day, platform, totals: emptyTotals() });
      return (added.get(key) as { totals: Totals }).totals;
    };
    for (const run of runs) {
      const stored = await db.slices
        .where('end')
        .above(run.start)
        .filter((slice) => slice.start < run.end)
        .toArray();
      for (const part of subtractIntervals(run, stored))
        for (const piece of splitAtMidnights(part)) {
          await storeSlice(db, { ...run, ...piece });
          const seconds = (piece.end - piece.start) / 1000;
          const totals = totalsOf(localDay(piece.start), run.platform);
          if (run.mode === 'participant') totals.participantSeconds += seconds;
          else totals.spectatorSeconds += seconds;
        }
    }
    for (const action of actions) {
      if (await db.actions.get({ platform: action.platform, kind: action.kind, at: action.at })) continue;
      await db.actions.add(action);
      const totals = totalsOf(localDay(action.at), action.platform);
      totals.actions[action.kind] = (totals.actions[action.kind] ?? 0) + 1;
    }
    for (const { day, platform, totals } of added.values()) {
      const row = (await db.daily.get([day, platform])) ?? { day, platform, ...emptyTotals() };
      const {
        spectatorSeconds,
        participantSeconds,
        actions: counts,
      } = addTotals({ ...row, actions: { ...row.actions } }, totals);
      await db.daily.put({ day, platform, spectatorSeconds, participantSeconds, actions: counts });
      await addToSummaries(db.summaries, day, platform, totals);
    }
  });
}

/** Continues the slice that ends just before `slice` when it is of the same kind and day, else adds one. */
async function storeSlice(db: BetrokkenDb, slice: AttendedRun): Promise<void> {
  const previous = await db.slices
    .where('end')
    .between(slice.start - MERGE_GAP_MS, slice.start, true, true)
    .filter(
      (candidate) =>
        candidate.platform === slice.platform &&
        candidate.pageType === slice.pageType &&
        candidate.mode === slice.mode &&
        localDay(candidate.start) === localDay(slice.start),
    )
    .last();
  if (previous?.id !== undefined) await db.slices.update(previous.id, { end: slice.end });
  else await db.slices.add(slice);
}

/** Deletes raw slices and actions older than `days` days; the daily totals and summaries stay. */
export async function pruneRawData(db: BetrokkenDb, now: number, days: number): Promise<void> {
  const cutoff = now - days * 86_400_000;
  await db.transaction('rw', [db.slices, db.actions], async () => {
    await db.slices.where('end').below(cutoff).delete();
    await db.actions.where('at').below(cutoff).delete();
  });
}
