import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from './browser';
import { type FixtureServer, startFixtureServer } from './fixture-server';

// A scripted session in real time, with its ground truth taken from this runner's clock. The browser is
// real: its timers, input events, tab and window focus; only the service worker's death is forced (CDP).

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

type Seconds = { spectator: number; participant: number };
const SECOND = 1000;
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Seconds per platform and mode: what the user really did (from this runner's clock), or what was stored. */
class Tally {
  readonly seconds: Record<string, Seconds> = {};
  add(platform: string, mode: keyof Seconds, seconds: number): void {
    this.seconds[platform] ??= { spectator: 0, participant: 0 };
    this.seconds[platform][mode] += seconds;
  }
  /** Adds the time from `from` to `to`, epoch milliseconds. */
  span(platform: string, mode: keyof Seconds, from: number, to: number): void {
    this.add(platform, mode, (to - from) / SECOND);
  }
}

/** Scrolls `page` with the mouse wheel every 1.5 s for `ms`; `during` runs once, halfway. */
async function scroll(page: Page, ms: number, during?: () => Promise<void>): Promise<number> {
  const until = Date.now() + ms;
  let halfway = during;
  while (Date.now() < until) {
    await page.mouse.move(300, 300);
    await page.mouse.wheel(0, 200);
    if (halfway && Date.now() > until - ms / 2) {
      await halfway();
      halfway = undefined;
    }
    await sleep(Math.min(1500, Math.max(0, until - Date.now())));
  }
  return Date.now();
}

/** Watches the extension's service worker through CDP: how often it was seen stopped, and running again. */
async function watchServiceWorker(cdp: CDPSession) {
  const seen = { stopped: 0, restarted: 0 };
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const version of versions) {
      if (!version.scriptURL.startsWith('chrome-extension://')) continue;
      if (version.runningStatus === 'stopped') seen.stopped++;
      else if (version.runningStatus === 'running' && seen.stopped > 0) seen.restarted++;
    }
  });
  await cdp.send('ServiceWorker.enable');
  return {
    seen,
    /** Stops it, as Chrome does when it is idle or killed. */
    stop: async () => {
      await cdp.send('ServiceWorker.stopAllWorkers');
    },
  };
}

/** Gives window focus to `page`'s window: headless Chromium moves it only on minimise and restore. */
async function focusWindowOf(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const { windowId } = await cdp.send('Browser.getWindowForTarget');
  await cdp.send('Browser.setWindowBounds', { windowId, bounds: { windowState: 'minimized' } });
  await cdp.send('Browser.setWindowBounds', { windowId, bounds: { windowState: 'normal' } });
  await cdp.detach();
}

/** What the extension stored, read from its IndexedDB by one of its own pages. */
async function stored(page: Page) {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('betrokken');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const all = (store: string) =>
      new Promise<Record<string, unknown>[]>((resolve) => {
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result);
      });
    const [daily, actions] = [await all('daily'), await all('actions')];
    db.close();
    return { daily, actions };
  });
}

describe('tracking a scripted session', () => {
  it(
    'records spectator and participant seconds within 2 s or 2 %, and every action exactly',
    async () => {
      const { context } = browser;
      const truth = new Tally();
      const x = await context.newPage();
      const cdp = await context.newCDPSession(x);

      // 1. Scrolling X's feed for a minute; the service worker is stopped halfway.
      const feedStart = Date.now();
      await x.goto('https://x.com/home?fixture=home');
      const worker = await watchServiceWorker(cdp);
      await scroll(x, 60 * SECOND, worker.stop);
      expect(worker.seen.stopped, 'the service worker was stopped').toBeGreaterThan(0);
      expect(worker.seen.restarted, 'and started again by the next pulse').toBeGreaterThan(0);

      // 2. A like and a follow, then 3. thirty seconds of a video playing, without input.
      await x.locator('[data-action="like-1"]').click();
      await x.locator('[data-action="follow-suggested"]').click();
      await x.evaluate(() => (window as unknown as { playVideo(): Promise<void> }).playVideo());
      await sleep(30 * SECOND);
      await x.evaluate(() => (window as unknown as { pauseVideo(): void }).pauseVideo());
      const feedEnd = Date.now();
      truth.span('x', 'spectator', feedStart, feedEnd);

      // 4. Thirty seconds writing a reply under a post, sent with Ctrl+Enter.
      const postStart = Date.now();
      await x.goto('https://x.com/ada/status/1001?fixture=post');
      await x.locator('[data-testid="tweetTextarea_0"]').click();
      const typingStart = Date.now();
      truth.span('x', 'spectator', postStart, typingStart);
      while (Date.now() - typingStart < 30 * SECOND) {
        await x.keyboard.type('a');
        await sleep(1000);
      }
      await x.keyboard.press('Control+Enter');

      // 5. Twenty seconds in another tab: X keeps its own input clock, but has no attention.
      const elsewhere = await context.newPage();
      const replyEnd = Date.now();
      truth.span('x', 'participant', typingStart, replyEnd);
      await elsewhere.goto('https://example.test/');
      await scroll(elsewhere, 20 * SECOND);

      // 6. Back to X, then thirty seconds without input: switching counts as input, so 15 s count.
      await x.bringToFront();
      const backAt = Date.now();
      truth.span('x', 'spectator', backAt, backAt + 15 * SECOND);
      await sleep(30 * SECOND);

      // 7. A second window on Mastodon for twenty seconds, while X's window, behind it, is scrolled too.
      const opened = context.waitForEvent('page');
      await cdp.send('Target.createTarget', { url: 'https://mastodon.social/home?fixture=home', newWindow: true });
      const mastodon = await opened;
      await mastodon.waitForLoadState();
      await focusWindowOf(mastodon);
      const mastodonStart = Date.now();
      await scroll(mastodon, 20 * SECOND, () => x.mouse.wheel(0, 200));
      // The session ends: attention goes to a page of no platform, and every page's last pulse arrives.
      truth.span('mastodon', 'spectator', mastodonStart, Date.now());
      await mastodon.goto('https://example.test/');
      await sleep(17 * SECOND);

      const reader = await context.newPage();
      await reader.goto(browser.extensionUrl('options.html'));
      const { daily, actions } = await stored(reader);
      const recorded = new Tally();
      for (const row of daily as { platform: string; spectatorSeconds: number; participantSeconds: number }[]) {
        recorded.add(row.platform, 'spectator', row.spectatorSeconds);
        recorded.add(row.platform, 'participant', row.participantSeconds);
      }
      for (const [platform, seconds] of Object.entries(truth.seconds))
        for (const mode of ['spectator', 'participant'] as const) {
          const expected = seconds[mode];
          const tolerance = Math.max(2, 0.02 * expected);
          const got = recorded.seconds[platform]?.[mode] ?? 0;
          console.info(`tracking ${platform} ${mode}: recorded ${got.toFixed(1)} s, truth ${expected.toFixed(1)} s`);
          expect(
            Math.abs(got - expected),
            `${platform} ${mode}: ${got.toFixed(1)} s, truth ${expected.toFixed(1)} s`,
          ).toBeLessThanOrEqual(tolerance);
        }
      expect(Object.keys(recorded.seconds).sort()).toEqual(['mastodon', 'x']);
      const kinds = (actions as { platform: string; kind: string }[]).map(
        (action) => `${action.platform} ${action.kind}`,
      );
      expect(kinds.sort()).toEqual(['x follow', 'x like', 'x reply']);
    },
    6 * 60_000,
  );
});
