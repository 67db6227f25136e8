// `npm run demo`: Betrokken with a month of made-up use, without logging in anywhere. With a display it opens
// Chromium on a fixture feed and the popup; without one it writes screenshots to demo-output/.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import { type ExtensionBrowser, launchWithExtension } from '../e2e/browser';
import { startFixtureServer } from '../e2e/fixture-server';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const OUT = resolve(HERE, '../../demo-output');
const FEED = 'https://x.com/home?fixture=home';
const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;

const seedScript = (
  await build({
    entryPoints: [resolve(HERE, 'seed.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'chrome120',
  })
).outputFiles[0]?.text;

/** Seeds the month from one of the extension's own pages: same database, same recorder code. */
async function seed(browser: ExtensionBrowser): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(browser.extensionUrl('options.html'));
  // Evaluated through the debugger protocol: extension pages' CSP forbids inline scripts, not this.
  await page.evaluate(`${seedScript}; seedDemo(Date.now())`);
  return page;
}

async function screenshots(server: Awaited<ReturnType<typeof startFixtureServer>>): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  for (const lang of ['en', 'nl'] as const) {
    const browser = await launchWithExtension({ server, lang });
    const page = await seed(browser);
    // The feed is the active tab, and the popup's page sits behind it: the popup shows "On X", as over the feed.
    const feed = await browser.context.newPage();
    await feed.setViewportSize({ width: 700, height: 900 });
    await feed.goto(FEED);
    await feed.waitForTimeout(700);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize({ width: 360, height: 600 });
      await page.goto(browser.extensionUrl('popup.html'));
      await page.waitForSelector('main[aria-busy="false"]');
      await page.screenshot({ path: resolve(OUT, `popup-${lang}-${scheme}.png`), fullPage: true });
    }
    await page.emulateMedia({ colorScheme: 'light' });
    await page.setViewportSize({ width: 900, height: 900 });
    await page.goto(browser.extensionUrl('options.html'));
    await page.screenshot({ path: resolve(OUT, `options-${lang}.png`), fullPage: true });
    if (lang === 'en') await feed.screenshot({ path: resolve(OUT, 'feed-x-demetricated.png'), fullPage: true });
    await browser.close();
  }
  console.log(`Screenshots written to ${OUT}`);
}

async function show(server: Awaited<ReturnType<typeof startFixtureServer>>): Promise<void> {
  const browser = await launchWithExtension({ server, lang: 'en', headless: false });
  const page = await seed(browser);
  await page.goto(FEED);
  const popup = await browser.context.newPage();
  await popup.goto(browser.extensionUrl('popup.html'));
  console.log('Betrokken is running with demo data. Close the browser window to stop.');
  await new Promise((done) => browser.context.on('close', done));
}

const server = await startFixtureServer();
try {
  await (headless ? screenshots(server) : show(server));
} finally {
  await server.close();
}
