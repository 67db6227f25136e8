import { getDb, type Period } from '@/utils/db';
import type { Responses } from '@/utils/messages';

/** The summaries of one kind of period between two keys, inclusive, oldest first. */
export async function getSummaries(period: Period, from: string, to: string): Promise<Responses['getSummaries']> {
  const rows = await getDb()
    .summaries.where('[period+key]')
    .between([period, from], [period, to], true, true)
    .toArray();
  return { rows };
}

/** Adds an exported file's data: not built yet (the options page's "Your data" section). */
export async function importData(_file: unknown): Promise<Responses['importData']> {
  return { ok: false, problems: ['not available yet'] };
}

/** Deletes every recorded second, action and total: not built yet. */
export async function deleteAllData(): Promise<Responses['deleteAllData']> {
  throw new Error('not available yet');
}
