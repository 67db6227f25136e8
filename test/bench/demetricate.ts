import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { EXTENSION_DIR, launchWithExtension } from '../e2e/browser';
import { startFixtureServer } from '../e2e/fixture-server';
import { median } from './median';

// Rounds alternate with and without the extension in the same browser, the order swapping every round (with
// one page always first, two pages without the extension read 0.986). Script time is the main thread's CPU
// time in script (thread ticks), not wall time: on a shared 2-core machine wall time also counts the moments
// the thread waited for a core.
//
// Even CPU time varies by about ±10 % from load to load here, with the machine's momentary speed: a load
// that runs its script slowly runs its layout slowly too. Each load's script time is therefore taken in
// units of that same load's layout time, which the extension does not change (it only sets `visibility`;
// layout ratio measured 0.999–1.009). Two pages without the extension then read 0.991 (90 % interval
// 0.983–1.005), where the plain ratio of medians spread over 0.974–1.013.
const ROUNDS = 48;

export interface Load {
  scriptMs: number;
  layoutMs: number;
}

/** Main-thread CPU time in script and in layout while loading `url` and appending its posts (2,000 on the feed). */
export async function load(page: Page, url: string, expectedPosts = 2000): Promise<Load> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  await page.goto('about:blank');
  const metrics = async () => {
    const all = (await cdp.send('Performance.getMetrics')).metrics;
    const value = (name: string) => all.find((entry) => entry.name === name)?.value ?? 0;
    return { script: value('ScriptDuration'), layout: value('LayoutDuration') };
  };
  const before = await metrics();
  await page.goto(url);
  const posts = await page.evaluate(() => (window as unknown as { benchDone: Promise<number> }).benchDone);
  if (posts !== expectedPosts) throw new Error(`the page appended ${posts} posts instead of ${expectedPosts}`);
  const after = await metrics();
  await cdp.detach();
  return { scriptMs: (after.script - before.script) * 1000, layoutMs: (after.layout - before.layout) * 1000 };
}

const scriptPerLayout = (loads: Load[]) => median(loads.map((one) => one.scriptMs / one.layoutMs));
const medianOf = (loads: Load[], key: keyof Load) => median(loads.map((one) => one[key]));

export async function demetricateScriptTimeRatio(): Promise<number> {
  const server = await startFixtureServer();
  const browser = await launchWithExtension({ server, lang: 'en' });
  try {
    const page = await browser.context.newPage();
    // x.com gets the extension; bench.test (not a platform host) gets the identical page without it.
    const withUrl = 'https://x.com/?fixture-file=bench-feed';
    const withoutUrl = 'https://bench.test/?fixture-file=bench-feed';
    await load(page, withUrl); // warm-up: caches and JIT for both
    await load(page, withoutUrl);
    const withLoads: Load[] = [];
    const withoutLoads: Load[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const withFirst = round % 2 === 0;
      const first = await load(page, withFirst ? withUrl : withoutUrl);
      const second = await load(page, withFirst ? withoutUrl : withUrl);
      withLoads.push(withFirst ? first : second);
      withoutLoads.push(withFirst ? second : first);
    }
    // The plain medians and the layout ratio go to stderr: the check that layout is the same in both arms.
    const ratioOf = (key: keyof Load) => (medianOf(withLoads, key) / medianOf(withoutLoads, key)).toFixed(3);
    console.error(
      `  demetricate medians with/without: script ${ratioOf('scriptMs')} (${medianOf(withoutLoads, 'scriptMs').toFixed(1)} ms without), layout ${ratioOf('layoutMs')}`,
    );
    console.error(
      `  demetricate start-up per page load: ${(await startUpMs(page)).toFixed(1)} ms script (page without a feed)`,
    );
    return scriptPerLayout(withLoads) / scriptPerLayout(withoutLoads);
  } finally {
    await browser.close();
    await server.close();
  }
}

/**
 * The extension's fixed cost per page load: script time on a page without a feed, with minus without the
 * extension. The ratio above is mostly this cost over the feed page's own script time.
 */
async function startUpMs(page: Page): Promise<number> {
  const withMs: number[] = [];
  const withoutMs: number[] = [];
  const arms = [
    { url: 'https://x.com/?fixture-file=bench-blank', times: withMs },
    { url: 'https://bench.test/?fixture-file=bench-blank', times: withoutMs },
  ];
  for (let round = 0; round < 24; round++) {
    // The order swaps every round, as in the ratio's rounds.
    for (const arm of round % 2 === 0 ? arms : [...arms].reverse())
      arm.times.push((await load(page, arm.url, 0)).scriptMs);
  }
  return median(withMs) - median(withoutMs);
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
