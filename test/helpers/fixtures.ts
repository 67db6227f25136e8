import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const FIXTURES_DIR = resolve(__dirname, '../fixtures');

/** A recorded-style page of one platform: `test/fixtures/<platform>/<name>.html`. */
export interface Fixture {
  platform: string;
  name: string;
  html: string;
  /** The host to serve it from: `<meta name="betrokken-host">`, or the platform's first host. */
  host?: string;
  /** The path it is served at (page types depend on it): `<meta name="betrokken-path">`, or `/`. */
  path: string;
  /** What the page is: `<meta name="betrokken-page-type">`. */
  pageType?: string;
}

/** Every fixture page of `platform`, sorted by name. */
export function fixturesOf(platform: string): Fixture[] {
  const dir = resolve(FIXTURES_DIR, platform);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((file) => file.endsWith('.html'))
    .sort()
    .map((file) => {
      const html = readFileSync(resolve(dir, file), 'utf8');
      const host = html.match(/<meta name="betrokken-host" content="([^"]+)"/)?.[1];
      const path = html.match(/<meta name="betrokken-path" content="([^"]+)"/)?.[1] ?? '/';
      const pageType = html.match(/<meta name="betrokken-page-type" content="([^"]+)"/)?.[1];
      return { platform, name: file.replace(/\.html$/, ''), html, host, path, pageType };
    });
}
