import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { PLATFORMS } from '../../utils/platforms';
import { launchWithExtension } from '../e2e/browser';
import { FIXTURES, startFixtureServer } from '../e2e/fixture-server';
import { load } from './demetricate';
import { median } from './median';

const COPIES = 60;
const ROUNDS = 6;
/** The first of these fixtures a platform has is its feed. */
const FEED_NAMES = ['feed', 'home', 'foryou'];

/**
 * What the extension costs on a page the parser streams (server-rendered feeds, the first load of a page):
 * each platform's feed fixture 60 times over, with and without the extension, printed to stderr only.
 * The parser adds such a page element by element and its text node by node, a mutation record each.
 */
export async function reportParsedPages(): Promise<void> {
  const server = await startFixtureServer();
  const browser = await launchWithExtension({ server, lang: 'en' });
  try {
    const page = await browser.context.newPage();
    for (const platform of PLATFORMS) {
      const name = FEED_NAMES.find((candidate) => existsSync(resolve(FIXTURES, platform.id, `${candidate}.html`)));
      if (!name) continue;
      const query = `?copies=${COPIES}&of=${platform.id}/${name}`;
      const arms = [`https://${platform.hosts[0]}/${query}`, `https://bench.test/${query}`];
      const times: number[][] = [[], []];
      for (const url of arms) await load(page, url, 0); // warm-up
      for (let round = 0; round < ROUNDS; round++)
        for (const index of round % 2 === 0 ? [0, 1] : [1, 0])
          times[index]?.push((await load(page, arms[index] as string, 0)).scriptMs);
      const [withMs, withoutMs] = times.map(median) as [number, number];
      console.error(
        `  parsed page, ${COPIES} × ${platform.id}/${name}: ${withMs.toFixed(1)} ms of script with the extension, ${withoutMs.toFixed(1)} without`,
      );
    }
  } finally {
    await browser.close();
    await server.close();
  }
}
