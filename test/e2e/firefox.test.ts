import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLATFORMS } from '../../utils/platforms';
import { RULES_LEFT_OUT_ATTRIBUTE } from '../../utils/usable-rules';
import { fixturesOf } from '../helpers/fixtures';
import { FIREFOX } from './browser';
import { type FixtureServer, startFixtureServer } from './fixture-server';

const FIREFOX_BUILD = resolve(
  fileURLToPath(new URL('.', import.meta.url)),
  '../..',
  process.env.BETROKKEN_OUT_DIR ?? '.output',
  'firefox-mv2',
);

// The pages the issue names for Firefox: X, YouTube, and Reddit in both its markups.
const PAGES = [
  ['x', 'home'],
  ['x', 'post'],
  ['youtube', 'watch'],
  ['youtube', 'home'],
  ['reddit', 'home'],
  ['reddit', 'old-front'],
] as const;

let server: FixtureServer;
let firefox: Browser;

beforeAll(async () => {
  server = await startFixtureServer();
  firefox = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    acceptInsecureCerts: true,
    // Every host name resolves to this machine; Firefox cannot remap ports, so URLs carry the server's port.
    extraPrefsFirefox: { 'network.dns.forceResolve': '127.0.0.1' },
  });
  await firefox.installExtension(FIREFOX_BUILD);
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

describe('the Firefox build in firefox-esr', () => {
  it.each(PLATFORMS.map((platform) => [platform.id, platform] as const))(
    'runs every rule of the %s adapter: Firefox rejects none of its selectors',
    async (id, platform) => {
      const fixture = fixturesOf(id)[0];
      if (!fixture) throw new Error(`no fixture for ${id}`);
      const page = await firefox.newPage();
      await page.goto(
        `https://${fixture.host ?? platform.hosts[0]}:${server.port}${fixture.path}?fixture=${fixture.name}`,
      );
      const marks = await page.evaluate(
        (attribute) => [
          document.documentElement.getAttribute('data-betrokken'),
          document.documentElement.getAttribute(attribute),
        ],
        RULES_LEFT_OUT_ATTRIBUTE,
      );
      await page.close();
      expect(marks).toEqual([id, null]);
    },
  );

  it.each(PAGES)(
    'hides every counter of %s/%s from the first frame and keeps the actions visible',
    async (id, name) => {
      const platform = PLATFORMS.find((candidate) => candidate.id === id);
      const fixture = fixturesOf(id).find((candidate) => candidate.name === name);
      if (!platform || !fixture) throw new Error(`no fixture ${id}/${name}`);
      const page = await firefox.newPage();
      await page.goto(`https://${fixture.host ?? platform.hosts[0]}:${server.port}${fixture.path}?fixture=${name}`);
      await new Promise((done) => setTimeout(done, 800));
      const seen = await page.evaluate(() => {
        const probe = (window as unknown as { betrokkenProbe: Record<string, unknown> }).betrokkenProbe as {
          frames: number;
          firstReadable: string[];
          readableCounters(): string[];
          counters(): Element[];
          actions(): Element[];
        };
        const visible = { opacityProperty: true, visibilityProperty: true };
        return {
          marker: document.documentElement.getAttribute('data-betrokken'),
          counters: probe.counters().length,
          readable: probe.readableCounters(),
          frames: probe.frames,
          firstReadable: probe.firstReadable,
          hiddenActions: probe
            .actions()
            .filter((action) => !action.checkVisibility(visible) || action.getClientRects().length === 0)
            .map((action) => action.getAttribute('data-action')),
        };
      });
      await page.close();
      expect(seen.marker).toBe(id);
      expect(seen.counters).toBeGreaterThan(0);
      expect(seen.readable).toEqual([]);
      expect(seen.frames).toBeGreaterThan(3);
      expect(seen.firstReadable, 'counters readable in some painted frame').toEqual([]);
      expect(seen.hiddenActions).toEqual([]);
    },
  );
});
