import { storage } from 'wxt/utils/storage';
import * as z from 'zod/mini';
import { createSerialQueue } from './serial';

/** What the extension counts about its own health; shown on the options page, never sent anywhere. */
export const DiagnosticsSchema = z.object({
  droppedMessages: z._default(z.int(), 0),
  /** Paths of stored settings that were invalid and reset to their defaults. */
  repairedSettings: z._default(z.array(z.string()), []),
});
export type Diagnostics = z.infer<typeof DiagnosticsSchema>;

const diagnosticsItem = storage.defineItem<unknown>('local:diagnostics');

async function readStored(): Promise<Diagnostics> {
  const result = DiagnosticsSchema.safeParse((await diagnosticsItem.getValue()) ?? {});
  return result.success ? result.data : DiagnosticsSchema.parse({});
}

// Changes are applied one after another, and reads wait for them, so a burst of changes loses none.
const enqueue = createSerialQueue();

/** Reads the diagnostics after every change already requested; zero when missing or invalid. */
export function readDiagnostics(): Promise<Diagnostics> {
  return enqueue(readStored);
}

/** Applies `change` to the stored diagnostics. */
export function updateDiagnostics(change: (current: Diagnostics) => Diagnostics): Promise<void> {
  return enqueue(async () => diagnosticsItem.setValue(change(await readStored())));
}
