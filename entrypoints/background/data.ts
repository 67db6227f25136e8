import { getDb, hasAnyData, type Period, summariesBetween } from '@/utils/db';
import { applyImport, deleteAllData as deleteEverything, validateImport } from '@/utils/export';
import type { Responses } from '@/utils/messages';

/** The summaries of one kind of period between two keys, inclusive, oldest first. */
export async function getSummaries(period: Period, from: string, to: string): Promise<Responses['getSummaries']> {
  const [rows, recorded] = await Promise.all([summariesBetween(getDb(), period, from, to), hasAnyData()]);
  return { rows, recorded: recorded || rows.length > 0 };
}

/** Adds an exported file's data, all or nothing. The file came by message: it is checked again here. */
export async function importData(file: unknown): Promise<Responses['importData']> {
  const checked = validateImport(file);
  if (!checked.ok) return checked;
  return { ok: true, ...(await applyImport(getDb(), checked.file)) };
}

/** Deletes every recorded second, action and total; settings stay. */
export async function deleteAllData(): Promise<Responses['deleteAllData']> {
  await deleteEverything(getDb());
  return { ok: true };
}
