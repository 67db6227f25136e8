import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { EXTENSION_DIR, launchWithExtension } from '../e2e/browser';
import { startFixtureServer } from '../e2e/fixture-server';

// Rounds alternate with and without the extension in the same browser. The printed ratio is the median
// with over the median without. Script time is the main thread's CPU time in script (thread ticks), not
// wall time: on a shared 2-core machine wall time also counts the moments the thread waited for a core.
const ROUNDS = 24;

/** Main-thread script time (CPU ms) of loading the synthetic feed and appending its 2,000 posts. */
async function scriptTime(page: Page, url: string): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  await page.goto('about:blank');
  const metric = async () =>
    (await cdp.send('Performance.getMetrics')).metrics.find((entry) => entry.name === 'ScriptDuration')?.value ?? 0;
  const before = await metric();
  await page.goto(url);
  const posts = await page.evaluate(() => (window as unknown as { benchDone: Promise<number> }).benchDone);
  if (posts !== 2000) throw new Error(`the feed appended ${posts} posts instead of 2000`);
  const spent = (await metric()) - before;
  await cdp.detach();
  return spent * 1000;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

export async function demetricateScriptTimeRatio(): Promise<number> {
  const server = await startFixtureServer();
  const browser = await launchWithExtension({ server, lang: 'en' });
  try {
    const page = await browser.context.newPage();
    // x.com gets the extension; bench.test (not a platform host) gets the identical page without it.
    const withUrl = 'https://x.com/?fixture-file=bench-feed';
    const withoutUrl = 'https://bench.test/?fixture-file=bench-feed';
    await scriptTime(page, withUrl); // warm-up: caches and JIT for both
    await scriptTime(page, withoutUrl);
    const withTimes: number[] = [];
    const withoutTimes: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      // The order swaps every round: with one page always first, two pages without the extension read 0.986.
      const withFirst = round % 2 === 0;
      const first = await scriptTime(page, withFirst ? withUrl : withoutUrl);
      const second = await scriptTime(page, withFirst ? withoutUrl : withUrl);
      const [withExtension, without] = withFirst ? [first, second] : [second, first];
      withTimes.push(withExtension);
      withoutTimes.push(without);
      if (process.env.BENCH_VERBOSE)
        console.error(`with ${withExtension.toFixed(1)} ms, without ${without.toFixed(1)} ms`);
    }
    return median(withTimes) / median(withoutTimes);
  } finally {
    await browser.close();
    await server.close();
  }
}

/** The largest per-platform content script with its stylesheet, each gzipped: what a page of that platform loads. */
export function contentScriptGzipBytes(): number {
  const dir = resolve(EXTENSION_DIR, 'content-scripts');
  const gzipped = (file: string) =>
    existsSync(resolve(dir, file)) ? gzipSync(readFileSync(resolve(dir, file)), { level: 9 }).length : 0;
  return Math.max(
    ...readdirSync(dir)
      .filter((file) => file.endsWith('.js'))
      .map((file) => gzipped(file) + gzipped(file.replace(/\.js$/, '.css'))),
  );
}
