import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hideCss } from '../../utils/hide-css';
import { hostMatchPatterns, PLATFORMS } from '../../utils/platforms';
import { EXTENSION_DIR, type ExtensionBrowser, launchWithExtension } from './browser';
import { type FixtureServer, startFixtureServer } from './fixture-server';

let server: FixtureServer;
let browser: ExtensionBrowser;
const extensionRequests: string[] = [];

beforeAll(async () => {
  server = await startFixtureServer();
  browser = await launchWithExtension({ server, lang: 'en' });
  browser.context.on('request', (request) => {
    if (!request.url().startsWith('chrome-extension://')) {
      const frame = request.frame?.();
      if (!frame || frame.url().startsWith('chrome-extension://')) extensionRequests.push(request.url());
    }
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

// Chromium's own calls (sign-in probe, update checks) also reach the fixture server; the extension has no
// network code at all (see the bundle test below), so it cannot be behind them.
const CHROMIUM_OWN_SERVICES = /(^|\.)(google\.com|googleapis\.com|gstatic\.com)$/;

function builtScripts(dir = EXTENSION_DIR): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.js'))
    .map((entry) => resolve(entry.parentPath, entry.name));
}

describe('the built extension in Chromium', () => {
  it('contains no code that could reach the network', () => {
    const scripts = builtScripts();
    expect(scripts.length).toBeGreaterThan(3);
    for (const file of scripts) {
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/\bfetch\(|XMLHttpRequest|WebSocket|sendBeacon|EventSource/);
    }
  });

  it('asks Intl for the compact number units at build time, not on every page load', () => {
    const contentScripts = builtScripts().filter((file) => file.includes('content-scripts'));
    expect(contentScripts.length).toBeGreaterThan(3);
    for (const file of contentScripts) expect(readFileSync(file, 'utf8'), file).not.toContain('formatToParts');
  });

  it('starts its service worker with the manifest the registry implies', async () => {
    const manifest = await browser.worker.evaluate(() => chrome.runtime.getManifest());
    expect(manifest.name).toBe('Betrokken');
    const built = JSON.parse(readFileSync(resolve(EXTENSION_DIR, 'manifest.json'), 'utf8'));
    // One content script per platform, on that platform's hosts only, with its hiding stylesheet.
    const scripts = built.content_scripts as { js: string[]; css: string[]; matches: string[] }[];
    expect(scripts.flatMap((script) => script.matches).sort()).toEqual([...hostMatchPatterns()].sort());
    for (const platform of PLATFORMS)
      expect(
        scripts.find((script) => script.js[0] === `content-scripts/content-${platform.id}.js`)?.matches.sort(),
      ).toEqual(platform.hosts.map((host) => `https://${host}/*`).sort());
    for (const script of scripts) expect(script.css).toEqual([script.js[0]?.replace(/\.js$/, '.css')]);
    // The stylesheet as generated: a minifier would merge the rules, and one rejected selector would drop them all.
    for (const platform of PLATFORMS) {
      const css = readFileSync(resolve(EXTENSION_DIR, `content-scripts/content-${platform.id}.css`), 'utf8');
      expect(css).toContain(hideCss(platform));
    }
    expect(built.host_permissions).toEqual(hostMatchPatterns());
    expect(built.permissions).toEqual(['storage', 'scripting', 'alarms', 'idle']);
    expect(built.optional_host_permissions).toEqual(['https://*/*']);
  });

  it('runs the content script at document_start on every host of every platform', async () => {
    const hosts = PLATFORMS.flatMap((platform) => platform.hosts.map((host) => ({ host, id: platform.id })));
    const seen: Record<string, unknown> = {};
    // A few pages at a time: one browser, parallel where it is safe.
    for (let i = 0; i < hosts.length; i += 6) {
      await Promise.all(
        hosts.slice(i, i + 6).map(async ({ host }) => {
          const page = await browser.context.newPage();
          await page.goto(`https://${host}/`);
          seen[host] = await page.evaluate(() => (window as { betrokkenMarkAtHead?: string }).betrokkenMarkAtHead);
          await page.close();
        }),
      );
    }
    expect(seen).toEqual(Object.fromEntries(hosts.map(({ host, id }) => [host, id])));
  });

  it('leaves pages on other hosts alone', async () => {
    const page = await browser.context.newPage();
    const response = await page.goto('https://example.org/');
    expect(response?.status()).toBe(404);
    expect(await page.evaluate(() => document.documentElement.getAttribute('data-betrokken'))).toBeNull();
    await page.close();
  });

  it('saves a setting changed on the options page through the background', async () => {
    const page = await browser.context.newPage();
    await page.goto(browser.extensionUrl('options.html'));
    const youtube = page.getByRole('checkbox', { name: 'Hide counters on YouTube' });
    await expect(youtube.isChecked()).resolves.toBe(true);
    await youtube.click();
    await expect
      .poll(() => browser.worker.evaluate(async () => (await chrome.storage.local.get('settings')).settings))
      .toMatchObject({
        platforms: { youtube: { hide: false } },
      });
    await page.reload();
    await expect(page.getByRole('checkbox', { name: 'Hide counters on YouTube' }).isChecked()).resolves.toBe(false);
    await page.close();
  });

  it('drops and counts malformed messages without breaking the page that sent them', async () => {
    const page = await browser.context.newPage();
    await page.goto(browser.extensionUrl('popup.html'));
    const answers = await page.evaluate(async () => {
      const bogus = await chrome.runtime
        .sendMessage({ type: 'eraseEverything' })
        .catch((error: Error) => error.message);
      const diagnostics = await chrome.runtime.sendMessage({ type: 'getDiagnostics' });
      return { bogus, diagnostics };
    });
    expect(answers.bogus).toBeUndefined();
    expect(answers.diagnostics.droppedMessages).toBe(1);
    await page.close();
  });

  it('made no network request of its own', () => {
    expect(extensionRequests).toEqual([]);
    const visited = new Set([...PLATFORMS.flatMap((platform) => platform.hosts), 'example.org']);
    const unexpected = server.requests.filter(
      (request) =>
        !CHROMIUM_OWN_SERVICES.test(request.host) &&
        (request.scheme !== 'https' || !visited.has(request.host) || !['/', '/favicon.ico'].includes(request.path)),
    );
    expect(unexpected).toEqual([]);
  });
});
