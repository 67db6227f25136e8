import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COUNT_ATTRIBUTE } from '../../utils/hide-css';
import type { Responses } from '../../utils/messages';
import { PLATFORMS } from '../../utils/platforms';
import type { Platform } from '../../utils/platforms/types';
import { METRICS } from '../../utils/vocabulary';
import { type Fixture, fixturesOf } from '../helpers/fixtures';
import { type ExtensionBrowser, launchWithExtension } from './browser';
import { type FixtureServer, startFixtureServer } from './fixture-server';
import { type RuleReport, reportRules } from './rule-report';

interface Probe {
  frames: number;
  framesWithReadableCounter: number;
  firstReadable: string[];
  clicks: Record<string, number>;
  readableCounters(): string[];
  counters(): Element[];
  countersWithNumber(): Element[];
  actions(): Element[];
}
declare const betrokkenProbe: Probe;

let server: FixtureServer;
let browser: ExtensionBrowser;
let settingsPage: Page;

const tested = PLATFORMS.filter((platform) => fixturesOf(platform.id).length > 0);
const urlOf = (platform: Platform, fixture: Fixture) =>
  `https://${fixture.host ?? platform.hosts[0]}${fixture.path}?fixture=${fixture.name}`;

async function openFixture(platform: Platform, fixture: Fixture): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(urlOf(platform, fixture));
  await page.waitForTimeout(700); // fixtures append posts at 150 and 400 ms, as infinite scroll does
  return page;
}

async function changeSettings(patch: object): Promise<void> {
  const answer = await settingsPage.evaluate(
    (patch) => chrome.runtime.sendMessage({ type: 'changeSettings', patch }),
    patch,
  );
  expect(answer).toMatchObject({ ok: true });
}

/** The tab's answer to the popup's question, as the popup gets it. */
async function askTab(page: Page): Promise<Responses['showCountsForNow'] | undefined> {
  const tabId = await settingsPage.evaluate(async (url) => (await chrome.tabs.query({ url }))[0]?.id, page.url());
  return settingsPage.evaluate((id) => chrome.tabs.sendMessage(id as number, { type: 'showCountsForNow' }), tabId);
}

/** Clicks each action at its centre with the real mouse; returns what did not work. */
async function checkActions(page: Page): Promise<string[]> {
  const problems: string[] = [];
  await page.bringToFront();
  const ids = await page.evaluate(() =>
    betrokkenProbe.actions().map((action) => action.getAttribute('data-action') ?? '?'),
  );
  for (const id of ids) {
    const action = page.locator(`[data-action="${id}"]`);
    await action.scrollIntoViewIfNeeded();
    const box = await action.boundingBox();
    if (!box || box.width === 0 || box.height === 0) {
      problems.push(`${id}: no size`);
      continue;
    }
    const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
    const hit = await page.evaluate(
      ([id, x, y]) => {
        // Actions may sit in open shadow roots (Reddit): look them up, and hit-test, through those roots.
        const find = (root: Document | ShadowRoot): Element | undefined =>
          root.querySelector(`[data-action="${id}"]`) ??
          [...root.querySelectorAll('*')]
            .map((element) => element.shadowRoot && find(element.shadowRoot))
            .find(Boolean) ??
          undefined;
        const target = find(document);
        let atPoint = document.elementFromPoint(x as number, y as number);
        while (atPoint?.shadowRoot) {
          const inner = atPoint.shadowRoot.elementFromPoint(x as number, y as number);
          if (!inner || inner === atPoint) break;
          atPoint = inner;
        }
        const visible = target?.checkVisibility({ opacityProperty: true, visibilityProperty: true });
        return visible && !!atPoint && !!target && (target === atPoint || target.contains(atPoint));
      },
      [id, x, y] as const,
    );
    if (!hit) problems.push(`${id}: not visible or covered`);
    const before = await page.evaluate((id) => betrokkenProbe.clicks[id] ?? 0, id);
    await page.mouse.click(x, y);
    const after = await page.evaluate((id) => betrokkenProbe.clicks[id] ?? 0, id);
    if (after !== before + 1) problems.push(`${id}: click did not reach the page`);
  }
  return problems;
}

beforeAll(async () => {
  server = await startFixtureServer();
  browser = await launchWithExtension({ server, lang: 'en' });
  settingsPage = await browser.context.newPage();
  await settingsPage.goto(browser.extensionUrl('options.html'));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe.each(tested.map((platform) => [platform.id, platform] as const))('hiding on %s', (_, platform) => {
  const fixtures = fixturesOf(platform.id);

  it('leaves no counter readable in any frame and keeps every action visible and clickable', async () => {
    const pages = await Promise.all(fixtures.map((fixture) => openFixture(platform, fixture)));
    const matches: Record<string, number> = {};
    for (const [index, page] of pages.entries()) {
      const name = (fixtures[index] as Fixture).name;
      const probe = await page.evaluate(() => ({
        counters: betrokkenProbe.counters().length,
        readable: betrokkenProbe.readableCounters(),
        frames: betrokkenProbe.frames,
        framesWithReadableCounter: betrokkenProbe.framesWithReadableCounter,
        firstReadable: betrokkenProbe.firstReadable,
      }));
      expect(probe.counters, `${name}: counters on the page`).toBeGreaterThan(0);
      expect(probe.readable, `${name}: readable counters`).toEqual([]);
      expect(probe.frames, `${name}: frames seen`).toBeGreaterThan(3);
      expect(probe.firstReadable, `${name}: counters readable in ${probe.framesWithReadableCounter} frames`).toEqual(
        [],
      );
      const report: RuleReport = await page.evaluate(reportRules, {
        counters: platform.counters,
        shadowCounters: platform.shadowCounters,
        taggedCounters: platform.taggedCounters,
        pageCounters: platform.pageCounters,
        metrics: METRICS,
      });
      expect(report.uncovered, `${name}: counters not hidden under their own metric`).toEqual([]);
      // What the popup shows as "counters hidden on this page": the marked counters, and nothing else with a number.
      const marked = await page.evaluate(() => betrokkenProbe.countersWithNumber().length);
      const answer = await askTab(page);
      expect(answer?.found, `${name}: counts hidden, as the popup is told`).toBe(marked);
      expect(answer?.rulesLeftOut, `${name}: rules this browser rejects`).toBe(0);
      expect(report.hidingActions, `${name}: rules hiding actions`).toEqual([]);
      for (const [selector, count] of Object.entries(report.matches))
        matches[selector] = (matches[selector] ?? 0) + count;
      expect(await checkActions(page), `${name}: actions`).toEqual([]);
      await page.close();
    }
    const selectors = [
      ...Object.values(platform.counters).flat(),
      ...(platform.taggedCounters ?? []).map((rule) => rule.select),
      ...Object.values(platform.pageCounters ?? {}).flatMap((counters) => Object.values(counters ?? {}).flat()),
      ...(platform.shadowCounters ?? []).flatMap((scope) =>
        Object.values(scope.counters)
          .flat()
          .map((selector) => `${scope.host} >>> ${selector}`),
      ),
    ];
    const unused = selectors.filter((selector) => !matches[selector]);
    expect(unused, 'selectors that match nothing on any fixture').toEqual([]);
  });

  it('shows a metric again, without reload, when it is switched off in the settings', async () => {
    for (const fixture of fixtures) {
      const page = await openFixture(platform, fixture);
      const metrics = await page.evaluate(() => [
        ...new Set(betrokkenProbe.counters().map((counter) => counter.getAttribute('data-metric') as string)),
      ]);
      for (const metric of metrics) {
        await changeSettings({ metrics: { [metric]: false } });
        await expect
          .poll(() => page.evaluate(() => betrokkenProbe.readableCounters()), { timeout: 3000 })
          .toEqual(expect.arrayContaining([expect.stringMatching(new RegExp(`^${metric}:`))]));
        const others = await page.evaluate(() => betrokkenProbe.readableCounters());
        expect(
          others.filter((line) => !line.startsWith(`${metric}:`)),
          `${fixture.name}: only ${metric} shown`,
        ).toEqual([]);
        await changeSettings({ metrics: { [metric]: true } });
        await expect.poll(() => page.evaluate(() => betrokkenProbe.readableCounters()), { timeout: 3000 }).toEqual([]);
      }
      await page.close();
    }
  });
});

describe('switching all counters of a site', () => {
  const x = PLATFORMS.find((platform) => platform.id === 'x') as Platform;
  const home = fixturesOf('x').find((fixture) => fixture.name === 'home') as Fixture;
  const readable = (page: Page) => page.evaluate(() => betrokkenProbe.readableCounters().length);

  it('shows every count of one tab for now, from the popup’s message, until the page is reloaded', async () => {
    const page = await openFixture(x, home);
    const tabId = await settingsPage.evaluate(async (url) => (await chrome.tabs.query({ url }))[0]?.id, page.url());
    const tell = (show: boolean) =>
      settingsPage.evaluate(([id, show]) => chrome.tabs.sendMessage(id as number, { type: 'showCountsForNow', show }), [
        tabId,
        show,
      ] as const);
    expect(await tell(true)).toEqual({ shown: true, found: expect.any(Number), pageType: 'feed', rulesLeftOut: 0 });
    await expect.poll(() => readable(page)).toBeGreaterThan(5);
    await page.reload();
    await page.waitForTimeout(300);
    expect(await readable(page)).toBe(0);
    await page.close();
  });

  it('tells the popup it finds no counters once the site’s markup lost the hooks they are found by', async () => {
    const page = await openFixture(x, home);
    expect((await askTab(page))?.found).toBeGreaterThan(5);
    await page.evaluate(() => {
      for (const element of document.querySelectorAll('[data-testid], [aria-live]')) {
        element.removeAttribute('data-testid');
        element.removeAttribute('aria-live');
      }
      for (const link of document.querySelectorAll('a[href]')) link.setAttribute('href', '/elsewhere');
    });
    expect(await askTab(page)).toEqual({ shown: false, found: 0, pageType: 'feed', rulesLeftOut: 0 });
    expect(await readable(page)).toBeGreaterThan(5);
    await page.close();
  });

  it('shows every count on a platform whose hiding is switched off, and hides them again', async () => {
    const page = await openFixture(x, home);
    await changeSettings({ platforms: { x: { hide: false } } });
    await expect.poll(() => readable(page)).toBeGreaterThan(5);
    await changeSettings({ platforms: { x: { hide: true } } });
    await expect.poll(() => readable(page)).toBe(0);
    await page.close();
  });
});

describe('counts recognised by what follows them', () => {
  const facebook = PLATFORMS.find((platform) => platform.id === 'facebook') as Platform;
  const feed = fixturesOf('facebook').find((fixture) => fixture.name === 'feed') as Fixture;

  it('hides a post’s comment count once its action bar arrives after it, as streamed or re-rendered pages do', async () => {
    const page = await openFixture(facebook, feed);
    const readable = () => page.evaluate(() => betrokkenProbe.readableCounters());
    // Facebook's count row without reactions is known only by the action bar that follows it.
    const bar = await page.evaluateHandle((tag) => {
      const post = document.querySelector('[aria-posinset="3"]')?.closest('.x1yztbdb') as Element;
      const copy = post.cloneNode(true) as Element;
      for (const tagged of copy.querySelectorAll(`[${tag}]`)) tagged.removeAttribute(tag); // as new markup
      const actionBar = copy.querySelector('.xaction') as Element;
      actionBar.remove();
      document.getElementById('feed')?.append(copy);
      return actionBar;
    }, COUNT_ATTRIBUTE);
    await expect.poll(readable).toEqual(['replies: 2 comments']);
    await page.evaluate((actionBar) => {
      document.querySelector('#feed > :last-child [aria-expanded]')?.closest('.x6s0dn4')?.after(actionBar);
    }, bar);
    await page.evaluate(() => new Promise(requestAnimationFrame));
    expect(await readable()).toEqual([]);
    await page.close();
  });
});
