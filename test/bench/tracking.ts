import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { launchWithExtension } from '../e2e/browser';
import { startFixtureServer } from '../e2e/fixture-server';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const MINUTE = 60_000;

/** Write transactions (IndexedDB `readwrite`) per minute while one tab scrolls X's feed for three minutes. */
export async function idbWritesPerTabMinute(minutes = 3): Promise<number> {
  const server = await startFixtureServer();
  const browser = await launchWithExtension({ server, lang: 'en' });
  try {
    // Counted in the service worker itself: every readwrite transaction it opens, whoever opens it.
    await browser.worker.evaluate(`(() => {
      const open = IDBDatabase.prototype.transaction;
      self.betrokkenWrites = 0;
      IDBDatabase.prototype.transaction = function (stores, mode, ...rest) {
        if (mode === 'readwrite') self.betrokkenWrites++;
        return open.call(this, stores, mode, ...rest);
      };
    })()`);
    const page = await browser.context.newPage();
    await page.goto('https://x.com/home?fixture=home');
    const until = Date.now() + minutes * MINUTE;
    while (Date.now() < until) {
      await page.mouse.move(300, 300);
      await page.mouse.wheel(0, 120);
      await page.waitForTimeout(1000);
    }
    return ((await browser.worker.evaluate('self.betrokkenWrites')) as number) / minutes;
  } finally {
    await browser.close();
    await server.close();
  }
}

/** The popup's year query on 10 platforms × 365 days of totals, over the same query on an empty database. */
export async function rollupQueryRatio(rounds = 51): Promise<number> {
  const bundle = await build({
    entryPoints: [resolve(HERE, 'rollup-page.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'chrome120',
  });
  const server = await startFixtureServer();
  const browser = await launchWithExtension({ server, lang: 'en' });
  try {
    const page = await browser.context.newPage();
    await page.route('https://bench.test/rollup', (route) =>
      route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>rollup bench</title>' }),
    );
    await page.goto('https://bench.test/rollup');
    await page.addScriptTag({ content: bundle.outputFiles[0]?.text ?? '' });
    const result = await page.evaluate(`benchRollup(${rounds})`);
    if (process.env.BENCH_VERBOSE) console.error('rollup', JSON.stringify(result));
    return (result as { ratio: number }).ratio;
  } finally {
    await browser.close();
    await server.close();
  }
}
