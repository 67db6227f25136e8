import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from './browser';
import { type FixtureServer, startFixtureServer } from './fixture-server';

// The options page's "Your data" in Chromium: a real download, a real file input, the real background.

let server: FixtureServer;
let browser: ExtensionBrowser;
let files: string;

beforeAll(async () => {
  server = await startFixtureServer();
  browser = await launchWithExtension({ server, lang: 'en' });
  files = mkdtempSync(join(tmpdir(), 'betrokken-data-'));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (files) rmSync(files, { recursive: true, force: true });
});

type Row = Record<string, unknown>;
type Store = 'daily' | 'actions' | 'summaries';

/** Runs in an extension page: the named stores of the extension's IndexedDB, or writes rows into them. */
async function database(page: Page, write?: Record<string, Row[]>): Promise<Record<Store, Row[]>> {
  return page.evaluate(async (write) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('betrokken');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    if (write) {
      const transaction = db.transaction(Object.keys(write), 'readwrite');
      for (const [store, rows] of Object.entries(write))
        for (const row of rows) transaction.objectStore(store).add(row);
      await new Promise((done, fail) => {
        transaction.oncomplete = done;
        transaction.onerror = () => fail(transaction.error);
      });
    }
    const all = (store: string) =>
      new Promise<Row[]>((resolve) => {
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result);
      });
    const stored = { daily: await all('daily'), actions: await all('actions'), summaries: await all('summaries') };
    db.close();
    return stored;
  }, write);
}

/** Daily rows and actions, comparable across a delete and import (actions get new local ids). */
async function recorded(page: Page) {
  const { daily, actions, summaries } = await database(page);
  return {
    daily,
    actions: actions
      .map(({ platform, kind, at }) => ({ platform, kind, at }))
      .sort((a, b) => Number(a.at) - Number(b.at)),
    summaries,
  };
}

/** Ten days on three platforms, as tracking would have stored them (whole seconds: sums stay exact). */
function seedRows(): { daily: Row[]; actions: Row[] } {
  const daily: Row[] = [];
  const actions: Row[] = [];
  for (let back = 1; back <= 10; back++) {
    const date = new Date();
    date.setDate(date.getDate() - back);
    date.setHours(12, 0, 0, 0);
    const day = [date.getFullYear(), date.getMonth() + 1, date.getDate()].map((part) => String(part).padStart(2, '0'));
    for (const [index, platform] of ['x', 'youtube', 'mastodon'].entries()) {
      if ((back + index) % 4 === 0) continue;
      const likes = (back + index) % 3;
      daily.push({
        day: day.join('-'),
        platform,
        spectatorSeconds: 60 * back + index * 7,
        participantSeconds: platform === 'youtube' ? 0 : 30 * index + back,
        actions: likes > 0 ? { like: likes } : {},
      });
      for (let n = 0; n < likes; n++) actions.push({ platform, kind: 'like', at: date.getTime() + index * 60_000 + n });
    }
  }
  daily.sort((a, b) => `${a.day} ${a.platform}`.localeCompare(`${b.day} ${b.platform}`));
  return { daily, actions };
}

async function openOptions(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(browser.extensionUrl('options.html'));
  await page.getByRole('heading', { name: 'Your data' }).waitFor();
  // The background opens (and creates) the database; the seeding below writes into its tables.
  await page.evaluate(() =>
    chrome.runtime.sendMessage({ type: 'getSummaries', period: 'day', from: '2000-01-01', to: '2000-01-02' }),
  );
  return page;
}

describe('your data in Chromium', () => {
  it('exports, deletes all, imports the file back to the same rows; refuses bad and huge files', async () => {
    const page = await openOptions();
    const seeded = seedRows();
    await database(page, seeded);
    const before = await recorded(page);
    expect(before.daily).toEqual(seeded.daily);
    expect(before.actions.length).toBeGreaterThan(5);

    // Export: a download of the whole database.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export my data' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^betrokken-\d{4}-\d{2}-\d{2}\.json$/);
    const exported = join(files, download.suggestedFilename());
    await download.saveAs(exported);
    const file = JSON.parse(readFileSync(exported, 'utf8'));
    expect(file).toMatchObject({ format: 'betrokken-export', version: 1, daily: seeded.daily });
    expect(file.actions).toEqual(before.actions);
    await page.getByRole('status').getByText(`Saved as ${download.suggestedFilename()}.`).waitFor();

    // Delete, after the confirmation.
    await page.getByRole('button', { name: 'Delete all data' }).click();
    await page.getByRole('button', { name: 'Yes, delete everything' }).click();
    await page.getByRole('status').getByText('All your data is deleted.').waitFor();
    expect(await recorded(page)).toEqual({ daily: [], actions: [], summaries: [] });

    // Import: a preview first, then the background adds it.
    const input = page.getByLabel('Add data from an exported file');
    await input.setInputFiles(exported);
    const preview = page.getByTestId('import-preview');
    await preview.getByText(`Day totals per platform: ${seeded.daily.length} new, 0 already here`).waitFor();
    await preview.getByText(`Actions: ${before.actions.length} new, 0 already here.`).waitFor();
    await preview.getByRole('button', { name: 'Add to my data' }).click();
    await page
      .getByRole('status')
      .getByText(`Added. New day totals: ${seeded.daily.length}; new actions: ${before.actions.length}.`)
      .waitFor();
    const restored = await recorded(page);
    expect(restored.daily).toEqual(before.daily);
    expect(restored.actions).toEqual(before.actions);
    // The summaries are rebuilt from the daily totals: each day's row holds exactly that day's platforms.
    for (const row of seeded.daily) {
      const summary = restored.summaries.find((candidate) => candidate.period === 'day' && candidate.key === row.day);
      expect((summary?.platforms as Record<string, unknown> | undefined)?.[row.platform as string]).toEqual({
        spectatorSeconds: row.spectatorSeconds,
        participantSeconds: row.participantSeconds,
        actions: row.actions,
      });
    }

    // A malformed file and a 50 MB file: refused with a visible message, nothing changed.
    const bad = join(files, 'wrong-types.json');
    writeFileSync(bad, JSON.stringify({ ...file, daily: [{ ...file.daily[0], spectatorSeconds: 'lots' }] }));
    await input.setInputFiles(bad);
    const alert = page.getByRole('alert');
    await alert.getByText('daily[0].spectatorSeconds: expected a number').waitFor();
    expect(await alert.getByText('This file was not added and nothing was changed:').isVisible()).toBe(true);

    const truncated = join(files, 'truncated.json');
    writeFileSync(truncated, readFileSync(exported, 'utf8').slice(0, 300));
    await input.setInputFiles(truncated);
    await alert.getByText(/This file is not valid JSON/).waitFor();

    const huge = join(files, 'huge.json');
    writeFileSync(huge, Buffer.alloc(50 * 1024 * 1024, ' '));
    await input.setInputFiles(huge);
    await alert
      .getByText('This file is 50 MB; Betrokken reads exports of at most 20 MB. Is it the right file?')
      .waitFor();
    expect(await page.getByRole('button', { name: 'Add to my data' }).count()).toBe(0);
    expect(await recorded(page)).toEqual(restored);
    await page.close();
  });
});
