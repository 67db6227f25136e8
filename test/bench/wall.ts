import { launchWithExtension } from '../e2e/browser';
import { startFixtureServer } from '../e2e/fixture-server';

const server = await startFixtureServer();
const browser = await launchWithExtension({ server, lang: 'en' });
const page = await browser.context.newPage();
for (const host of ['x.com', 'bench.test', 'x.com', 'bench.test']) {
  const t0 = Date.now();
  await page.goto(`https://${host}/?fixture-file=bench-feed`);
  await page.evaluate(() => (window as unknown as { benchDone: Promise<number> }).benchDone);
  console.log('WALL', host, Date.now() - t0, 'ms');
}
await browser.close();
await server.close();
