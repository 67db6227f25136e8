import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Fixture, fixturesOf } from '../helpers/fixtures';
import { type ExtensionBrowser, launchWithExtension } from './browser';
import { type FixtureServer, startFixtureServer } from './fixture-server';

declare const betrokkenProbe: { readableCounters(): string[]; countersWithNumber(): Element[] };

let server: FixtureServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  server = await startFixtureServer();
  browser = await launchWithExtension({ server, lang: 'en' });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Writes day and month summaries into the extension's IndexedDB, as tracking would have: `daysAgo` → platform totals. */
async function seed(page: Page, days: Record<number, Record<string, [number, number, Record<string, number>]>>) {
  await page.evaluate(
    (days) =>
      new Promise<void>((done, fail) => {
        const request = indexedDB.open('betrokken');
        request.onerror = () => fail(request.error);
        request.onsuccess = () => {
          const transaction = request.result.transaction('summaries', 'readwrite');
          type Totals = { spectatorSeconds: number; participantSeconds: number; actions: Record<string, number> };
          const months = new Map<string, Record<string, Totals>>();
          for (const [daysAgo, platforms] of Object.entries(days)) {
            const date = new Date();
            date.setDate(date.getDate() - Number(daysAgo));
            const key = [date.getFullYear(), date.getMonth() + 1, date.getDate()]
              .map((part) => String(part).padStart(2, '0'))
              .join('-');
            const totals = Object.fromEntries(
              Object.entries(platforms).map(([id, [spectatorSeconds, participantSeconds, actions]]) => [
                id,
                { spectatorSeconds, participantSeconds, actions },
              ]),
            );
            transaction.objectStore('summaries').put({ period: 'day', key, platforms: totals });
            // Tracking adds every day to its month too; the popup asks a month row whether anything was recorded.
            const month = months.get(key.slice(0, 7)) ?? {};
            for (const [id, day] of Object.entries(totals)) {
              const sum = month[id] ?? { spectatorSeconds: 0, participantSeconds: 0, actions: {} };
              sum.spectatorSeconds += day.spectatorSeconds;
              sum.participantSeconds += day.participantSeconds;
              for (const [kind, count] of Object.entries(day.actions))
                sum.actions[kind] = (sum.actions[kind] ?? 0) + count;
              month[id] = sum;
            }
            months.set(key.slice(0, 7), month);
          }
          for (const [key, platforms] of months)
            transaction.objectStore('summaries').put({ period: 'month', key, platforms });
          transaction.oncomplete = () => done();
          transaction.onerror = () => fail(transaction.error);
        };
      }),
    days,
  );
}

describe('the popup in Chromium', () => {
  it('shows the numbers of a seeded database: today, the comparison and each platform', async () => {
    const page = await browser.context.newPage();
    await page.goto(browser.extensionUrl('popup.html'));
    await page.waitForSelector('main[aria-busy="false"]');
    expect(await page.getByTestId('empty-state').count()).toBe(1);

    await seed(page, {
      0: { x: [1800, 600, { like: 3, reply: 1 }], youtube: [1200, 0, { like: 1 }] },
      3: { x: [600, 600, { post: 1 }] },
      9: { youtube: [3600, 0, {}] },
    });
    await page.reload();
    await page.waitForSelector('main[aria-busy="false"]');
    expect(await page.getByTestId('today-sentence').textContent()).toBe('Today you were a spectator 83% of the time.');
    expect(await page.getByTestId('today-total').textContent()).toBe('60 min');
    expect(await page.getByTestId('participant-minutes').textContent()).toBe('10 min (17%)');
    expect(await page.locator('.today [data-kind="like"] strong').textContent()).toBe('4');
    expect(await page.getByTestId('comparison').textContent()).toBe(
      'You took part more than in the 7 days before: 25% participant, was 0%.',
    );
    const platforms = await page
      .locator('[data-testid="per-platform"] tbody tr')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-platform')));
    expect(platforms).toEqual(['x', 'youtube']);
    await page.getByRole('button', { name: '30 days' }).click();
    expect(await page.locator('[data-testid="day-chart"] [data-day]').count()).toBe(30);
    await page.close();
  });

  it('says on a platform’s tab how many counters are hidden there, and shows them for now', async () => {
    const home = fixturesOf('x').find((fixture) => fixture.name === 'home') as Fixture;
    const popup = await browser.context.newPage();
    await popup.goto(browser.extensionUrl('popup.html'));
    const feed = await browser.context.newPage();
    await feed.goto(`https://x.com${home.path}?fixture=home`);
    await feed.waitForTimeout(700); // the fixture appends posts at 150 and 400 ms
    const marked = await feed.evaluate(() => betrokkenProbe.countersWithNumber().length);
    const readable = () => feed.evaluate(() => betrokkenProbe.readableCounters().length);
    expect(await readable()).toBe(0);
    // The popup asks which tab of its window is active: the feed, with the popup's page loaded again behind it.
    await popup.reload();
    const hiding = popup.getByTestId('site-hiding');
    await hiding.waitFor();
    expect(await popup.getByRole('heading', { level: 2, name: 'On X' }).count()).toBe(1);
    expect(await hiding.textContent()).toBe(`Counters hidden on this page: ${marked}`);
    await popup.getByRole('checkbox', { name: 'Show the counts here for now' }).check();
    await expect.poll(readable).toBe(marked);
    await feed.close();
    await popup.close();
  });
});
