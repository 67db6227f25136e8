import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { PLATFORM_IDS } from '../../utils/platforms';
import { EXTENSION_DIR, type ExtensionBrowser, launchWithExtension } from '../e2e/browser';
import { startFixtureServer } from '../e2e/fixture-server';
import { median } from './median';

/** Every script popup.html loads (its entry and the chunks it preloads), gzipped and summed. */
export function popupGzipBytes(): number {
  const html = readFileSync(resolve(EXTENSION_DIR, 'popup.html'), 'utf8');
  const scripts = [...html.matchAll(/(?:src|href)="\/?([^"]+\.js)"/g)].map((match) => match[1] as string);
  return scripts.reduce(
    (sum, file) => sum + gzipSync(readFileSync(resolve(EXTENSION_DIR, file)), { level: 9 }).length,
    0,
  );
}

/** A year of day summaries on all ten platforms, written into the extension's own IndexedDB. */
async function seedYear(page: Page): Promise<void> {
  await page.evaluate(
    ({ platforms }) =>
      new Promise<void>((done, fail) => {
        const request = indexedDB.open('betrokken');
        request.onerror = () => fail(request.error);
        request.onsuccess = () => {
          const transaction = request.result.transaction('summaries', 'readwrite');
          const store = transaction.objectStore('summaries');
          for (let back = 0; back < 365; back++) {
            const date = new Date();
            date.setDate(date.getDate() - back);
            const key = [date.getFullYear(), date.getMonth() + 1, date.getDate()]
              .map((part) => String(part).padStart(2, '0'))
              .join('-');
            const totals = { spectatorSeconds: 1200, participantSeconds: 300, actions: { like: 4, reply: 1 } };
            store.put({ period: 'day', key, platforms: Object.fromEntries(platforms.map((id) => [id, totals])) });
          }
          transaction.oncomplete = () => done();
          transaction.onerror = () => fail(transaction.error);
        };
      }),
    { platforms: PLATFORM_IDS },
  );
}

/** Milliseconds from opening popup.html to the first frame painted with its content (chart or first-day text). */
async function firstPaint(browser: ExtensionBrowser, page: Page): Promise<number> {
  await page.goto('about:blank');
  await page.goto(browser.extensionUrl('popup.html'));
  await page.waitForSelector('main[aria-busy="false"]');
  return page.evaluate(
    () => new Promise<number>((done) => requestAnimationFrame(() => setTimeout(() => done(performance.now()), 0))),
  );
}

/** The popup's first paint with a year of data on ten platforms, over the same with an empty database. */
export async function popupFirstPaintRatio(rounds = 21): Promise<number> {
  const server = await startFixtureServer();
  const year = await launchWithExtension({ server, lang: 'en' });
  const empty = await launchWithExtension({ server, lang: 'en' });
  try {
    const yearPage = await year.context.newPage();
    const emptyPage = await empty.context.newPage();
    await firstPaint(year, yearPage); // the background creates the database
    await seedYear(yearPage);
    await firstPaint(year, yearPage); // warm-up, both
    await firstPaint(empty, emptyPage);
    if ((await yearPage.locator('[data-testid="day-chart"]').count()) !== 1) throw new Error('no chart with data');
    const withYear: number[] = [];
    const withNothing: number[] = [];
    for (let round = 0; round < rounds; round++) {
      withYear.push(await firstPaint(year, yearPage));
      withNothing.push(await firstPaint(empty, emptyPage));
    }
    if (process.env.BENCH_VERBOSE) console.error('popup', median(withYear), median(withNothing));
    return median(withYear) / median(withNothing);
  } finally {
    await year.close();
    await empty.close();
    await server.close();
  }
}
