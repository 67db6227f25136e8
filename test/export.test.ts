import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { deleteAllData as deleteThroughBackground, importData } from '@/entrypoints/background/data';
import { type BetrokkenDb, getDb } from '@/utils/db';
import {
  applyImport,
  buildExport,
  checkImportSize,
  deleteAllData,
  type ExportFile,
  exportFileName,
  MAX_IMPORT_BYTES,
  parseImportText,
  previewImport,
  serializeExport,
} from '@/utils/export';
import { recordAttention } from '@/utils/recorder';
import { useLocale } from './helpers/locale';
import { run } from './helpers/runs';
import { useTimeZone } from './helpers/time-zone';
import { exportJsonSchema, SCHEMA_PATH } from './tools/export-schema';

useTimeZone();

const at = (date: number, hour: number, minute = 0) => new Date(2026, 10, date, hour, minute).getTime();

/** Three weeks of use on three platforms, recorded as tracking records it. */
async function seed(db: BetrokkenDb): Promise<void> {
  for (let date = 3; date <= 24; date += 3) {
    await recordAttention(
      db,
      [
        run(at(date, 9), 600),
        run(at(date, 10), 120, { mode: 'participant', pageType: 'post' }),
        run(at(date, 20), 900, { platform: 'youtube', pageType: 'video' }),
        // Crosses midnight: two days, both weeks or months where it applies.
        run(at(date, 23, 55), 600, { platform: 'mastodon' }),
      ],
      [
        { platform: 'x', kind: 'like', at: at(date, 9, 1) },
        { platform: 'x', kind: 'reply', at: at(date, 10, 1) },
        { platform: 'youtube', kind: 'follow', at: at(date, 20, 5) },
      ],
    );
  }
}

/** Everything an import or a delete may change, in a stable order and without local ids. */
async function snapshot(db: BetrokkenDb) {
  return {
    daily: await db.daily.toArray(),
    summaries: await db.summaries.toArray(),
    actions: (await db.actions.orderBy('at').toArray()).map(({ platform, kind, at }) => ({ platform, kind, at })),
    slices: await db.slices.count(),
  };
}

async function exportedText(db: BetrokkenDb): Promise<string> {
  return serializeExport((await buildExport(db, at(25, 12))).file);
}

function parsed(text: string): ExportFile {
  const result = parseImportText(text);
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.file;
}

describe('export, delete, import', () => {
  it('restores the same daily totals, summaries and actions', async () => {
    const db = getDb();
    await seed(db);
    const before = await snapshot(db);
    expect(before.daily.length).toBeGreaterThan(20);
    const text = await exportedText(db);

    await deleteAllData(db);
    expect(await snapshot(db)).toEqual({ daily: [], summaries: [], actions: [], slices: 0 });

    const file = parsed(text);
    expect(file).toMatchObject({ format: 'betrokken-export', version: 1, exportedAt: '2026-11-25T11:00:00.000Z' });
    expect(await previewImport(db, file)).toEqual({
      days: { added: before.daily.length, present: 0 },
      actions: { added: before.actions.length, present: 0 },
      firstDay: '2026-11-03',
      lastDay: '2026-11-25',
    });
    expect(await applyImport(db, file)).toEqual({
      addedDays: before.daily.length,
      addedActions: before.actions.length,
    });
    // The raw slices are not exported; everything else is as it was.
    expect(await snapshot(db)).toEqual({ ...before, slices: 0 });
  });

  it('goes through the background the same way, and a second import adds nothing', async () => {
    const db = getDb();
    await seed(db);
    const before = await snapshot(db);
    const file = parsed(await exportedText(db));
    expect(await deleteThroughBackground()).toEqual({ ok: true });
    expect(await db.daily.count()).toBe(0);

    expect(await importData(JSON.parse(JSON.stringify(file)))).toEqual({
      ok: true,
      addedDays: before.daily.length,
      addedActions: before.actions.length,
    });
    const restored = await snapshot(db);
    expect(await importData(file)).toEqual({ ok: true, addedDays: 0, addedActions: 0 });
    expect(await previewImport(db, file)).toMatchObject({
      days: { added: 0, present: before.daily.length },
      actions: { added: 0, present: before.actions.length },
    });
    expect(await snapshot(db)).toEqual(restored);
  });

  it('keeps a day and platform already here as it is, and adds the rest to the summaries once', async () => {
    const db = getDb();
    await recordAttention(db, [run(at(23, 9), 300)], [{ platform: 'x', kind: 'like', at: at(23, 9, 1) }]);
    const file = parsed(await exportedText(db));
    await recordAttention(db, [run(at(23, 11), 60)], []); // after the export: the day now has 360 s
    const imported: ExportFile = {
      ...file,
      daily: [
        ...file.daily, // 2026-11-23 on x, 300 s: already here
        { day: '2026-11-24', platform: 'x', spectatorSeconds: 40, participantSeconds: 2, actions: { post: 1 } },
      ],
      actions: [...file.actions, { platform: 'x', kind: 'post', at: at(24, 8) }],
    };
    expect(await previewImport(db, imported)).toMatchObject({
      days: { added: 1, present: 1 },
      actions: { added: 1, present: 1 },
    });
    expect(await applyImport(db, imported)).toEqual({ addedDays: 1, addedActions: 1 });
    expect(await db.daily.get(['2026-11-23', 'x'])).toMatchObject({ spectatorSeconds: 360 });
    expect((await db.summaries.get(['week', '2026-W48']))?.platforms.x).toEqual({
      spectatorSeconds: 400,
      participantSeconds: 2,
      actions: { like: 1, post: 1 },
    });
    expect(await db.actions.count()).toBe(2);
  });

  it('names the download after the local day', () => {
    expect(exportFileName(new Date(2026, 0, 2, 0, 30).getTime())).toBe('betrokken-2026-01-02.json');
  });

  it('leaves stored rows that are not valid out of the file, and says how many', async () => {
    const db = getDb();
    await seed(db);
    await db.daily.put({ day: '2026-11-30', platform: 'x', spectatorSeconds: -5, participantSeconds: 0, actions: {} });
    const { file, leftOut } = await buildExport(db, at(30, 12));
    expect(leftOut).toBe(1);
    expect(file.daily.some((row) => row.day === '2026-11-30')).toBe(false);
    expect(parseImportText(serializeExport(file)).ok).toBe(true);
  });

  it('deletes every second, action and total, and keeps the settings', async () => {
    const db = getDb();
    await seed(db);
    await fakeBrowser.storage.local.set({ settings: { retentionDays: 30 } });
    await deleteAllData(db);
    expect(await snapshot(db)).toEqual({ daily: [], summaries: [], actions: [], slices: 0 });
    expect(await fakeBrowser.storage.local.get('settings')).toEqual({ settings: { retentionDays: 30 } });
  });
});

describe('a malformed import is refused with a readable problem and changes nothing', () => {
  /** Seeds, runs `attempt`, and checks nothing changed. */
  async function refused(attempt: (valid: ExportFile, text: string) => Promise<string[]>): Promise<string[]> {
    const db = getDb();
    await seed(db);
    const text = await exportedText(db);
    await db.daily.where('day').above('2026-11-15').delete(); // so a valid file would add something
    const before = await snapshot(db);
    const problems = await attempt(parsed(text), text);
    expect(await snapshot(db)).toEqual(before);
    return problems;
  }

  /** Tries `text` in the page, and its parsed form (if any) in the background, which checks again. */
  async function tryBoth(text: string): Promise<string[]> {
    const result = parseImportText(text);
    expect(result.ok).toBe(false);
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch {
      return result.ok ? [] : result.problems;
    }
    const answer = await importData(raw);
    expect(answer).toEqual(result);
    return result.ok ? [] : result.problems;
  }

  it('wrong types: each wrong field is named with what was expected', async () => {
    const problems = await refused(async (file) => {
      const bad = structuredClone(file) as unknown as { daily: Record<string, unknown>[]; actions: unknown[] };
      Object.assign(bad.daily[3] as object, { spectatorSeconds: -1 });
      Object.assign(bad.daily[4] as object, { participantSeconds: '12', platform: 'myspace' });
      Object.assign(bad.daily[5] as object, { day: '2026-11-31', actions: { like: 1.5, poke: 1 } });
      delete bad.daily[6]?.platform;
      bad.actions[0] = { platform: 'x', kind: 'like', at: '2026-11-03T09:01' };
      bad.actions[1] = 'like';
      bad.actions[2] = { platform: 'x', kind: 'like', at: 1.5 };
      return tryBoth(JSON.stringify(bad));
    });
    expect(problems).toEqual([
      'daily[3].spectatorSeconds: expected a number ≥ 0',
      'daily[4].participantSeconds: expected a number',
      'daily[4].platform: "myspace" is not one of bluesky, facebook, instagram, linkedin, mastodon, reddit, threads, tiktok, x, youtube',
      'daily[5].actions.like: expected a whole number',
      'daily[5].actions: unknown names: poke',
      'daily[5].day: expected a day as YYYY-MM-DD',
      'daily[6].platform: missing',
      'actions[0].at: expected a number',
      'actions[1]: expected an object',
      'actions[2].at: expected a whole number',
    ]);
  });

  it('in Dutch too', async () => {
    useLocale('nl');
    const problems = await refused(async (file) => {
      const bad = structuredClone(file);
      Object.assign(bad.daily[3] as object, { spectatorSeconds: -1 });
      return tryBoth(JSON.stringify(bad));
    });
    expect(problems).toEqual(['daily[3].spectatorSeconds: verwacht een getal ≥ 0']);
  });

  it('one bad row refuses the whole file, however many rows are fine', async () => {
    let last = -1;
    const problems = await refused(async (file) => {
      last = file.daily.length;
      return tryBoth(JSON.stringify({ ...file, daily: [...file.daily, { ...file.daily[0], spectatorSeconds: null }] }));
    });
    expect(problems).toEqual([`daily[${last}].spectatorSeconds: expected a number`]);
  });

  it('the same day and platform twice', async () => {
    const problems = await refused(async (file) =>
      tryBoth(JSON.stringify({ ...file, daily: [...file.daily, file.daily[2]] })),
    );
    expect(problems).toEqual([expect.stringMatching(/^daily\[\d+\]: the same day and platform as daily\[2\]$/)]);
  });

  it('lists at most ten problems and counts the rest', async () => {
    const problems = await refused(async (file) =>
      tryBoth(JSON.stringify({ ...file, daily: file.daily.map((row) => ({ ...row, spectatorSeconds: 'a lot' })) })),
    );
    expect(problems).toHaveLength(11);
    expect(problems.at(-1)).toMatch(/^… and \d+ more$/);
  });

  it('an unknown version: one clear problem', async () => {
    const problems = await refused(async (file) => tryBoth(JSON.stringify({ ...file, version: 2, daily: 'new' })));
    expect(problems).toEqual([
      'This export has version 2, which this Betrokken cannot read (it reads version 1). Update Betrokken and try again.',
    ]);
  });

  it('not a Betrokken export at all', async () => {
    for (const text of ['[]', '{"daily": []}', 'null', '"betrokken-export"'])
      expect(await refused(async () => tryBoth(text))).toEqual([
        'This is not a Betrokken export: its "format" is not "betrokken-export".',
      ]);
  });

  it('a truncated file', async () => {
    const problems = await refused(async (_file, text) => tryBoth(text.slice(0, Math.floor(text.length / 2))));
    expect(problems).toEqual([
      'This file is not valid JSON: it may be cut off or damaged, or it is not a Betrokken export.',
    ]);
  });

  it('a file too large: refused by its size, before it is read', async () => {
    expect(checkImportSize(MAX_IMPORT_BYTES)).toBeUndefined();
    expect(checkImportSize(50 * 1024 * 1024)).toBe(
      'This file is 50 MB; Betrokken reads exports of at most 20 MB. Is it the right file?',
    );
    const problems = await refused(async (_file, text) => {
      const padded = text.replace('"daily": [', `"padding": "${'x'.repeat(MAX_IMPORT_BYTES)}", "daily": [`);
      // Only the page reads files; the background receives the parsed file, within the browser's message limit.
      const result = parseImportText(padded);
      return result.ok ? [] : result.problems;
    });
    expect(problems).toEqual(['This file is 21 MB; Betrokken reads exports of at most 20 MB. Is it the right file?']);
  });
});

describe('docs/export-schema.json', () => {
  it('is what `npm run docs:schema` generates from the zod schema (run it after changing the schema)', () => {
    expect(JSON.parse(readFileSync(SCHEMA_PATH, 'utf8'))).toEqual(exportJsonSchema());
  });
});
