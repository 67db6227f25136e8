import * as z from 'zod/mini';
import { PlatformIdSchema } from './platforms';
import { PERIODS } from './vocabulary';
import { ActionKindSchema } from './vocabulary-schemas';

// Shapes of stored totals and the arithmetic on them, without the database: the popup uses these and
// must not bundle Dexie.

/** Seconds per mode and actions per kind, summed over some period. */
export const TotalsSchema = z.object({
  spectatorSeconds: z.number().check(z.nonnegative()),
  participantSeconds: z.number().check(z.nonnegative()),
  actions: z.partialRecord(ActionKindSchema, z.int().check(z.nonnegative())),
});
export type Totals = z.infer<typeof TotalsSchema>;

/** The totals of every platform in one day (`YYYY-MM-DD`), ISO week (`YYYY-Www`) or month (`YYYY-MM`). */
export const SummarySchema = z.object({
  period: z.enum(PERIODS),
  key: z.string(),
  platforms: z.partialRecord(PlatformIdSchema, TotalsSchema),
});
export type Summary = z.infer<typeof SummarySchema>;

export const emptyTotals = (): Totals => ({ spectatorSeconds: 0, participantSeconds: 0, actions: {} });

/** `added` summed into `into`, in place. */
export function addTotals(into: Totals, added: Totals): Totals {
  into.spectatorSeconds += added.spectatorSeconds;
  into.participantSeconds += added.participantSeconds;
  for (const [kind, count] of Object.entries(added.actions) as [keyof Totals['actions'], number][])
    into.actions[kind] = (into.actions[kind] ?? 0) + count;
  return into;
}
