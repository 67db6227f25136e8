import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from './browser';
import { type FixtureServer, startFixtureServer } from './fixture-server';

const TEXTS = {
  en: {
    welcome: 'Welcome to Betrokken',
    settings: 'Settings',
    hideX: 'Hide counters on X',
    title: 'Betrokken settings',
  },
  nl: {
    welcome: 'Welkom bij Betrokken',
    settings: 'Instellingen',
    hideX: 'Tellers verbergen op X',
    title: 'Instellingen van Betrokken',
  },
} as const;

describe.each(['nl', 'en'] as const)('extension pages in Chromium started with --lang=%s', (lang) => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;
  const text = TEXTS[lang];

  beforeAll(async () => {
    server = await startFixtureServer();
    browser = await launchWithExtension({ server, lang });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('renders the popup in that language', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 360, height: 480 });
    await page.goto(browser.extensionUrl('popup.html'));
    await page.getByRole('heading', { name: text.welcome }).waitFor();
    await page.getByRole('button', { name: text.settings }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toMatch(new RegExp(`^${lang}`));
    await page.screenshot({ path: `test-results/popup-${lang}.png` });
    await page.close();
  });

  it('renders the options page in that language', async () => {
    const page = await browser.context.newPage();
    await page.goto(browser.extensionUrl('options.html'));
    await expect(page.getByRole('checkbox', { name: text.hideX }).isChecked()).resolves.toBe(true);
    await expect(page.locator('[data-setting^="platforms."][data-setting$=".hide"]').count()).resolves.toBe(10);
    await expect(page.locator('[data-setting^="metrics."]').count()).resolves.toBe(7);
    expect(await page.title()).toBe(text.title);
    await page.screenshot({ path: `test-results/options-${lang}.png`, fullPage: true });
    await page.close();
  });
});
