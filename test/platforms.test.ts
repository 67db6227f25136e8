import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import content from '@/entrypoints/content';
import { contentScriptName, hostMatchPatterns, matchPattern, PLATFORMS, platformForHost } from '@/utils/platforms';
import config from '@/wxt.config';

const PLATFORM_DIR = resolve(__dirname, '../utils/platforms');
const adapterFiles = readdirSync(PLATFORM_DIR)
  .filter((file) => file.endsWith('.ts') && !['index.ts', 'types.ts', 'this-page.ts'].includes(file))
  .map((file) => file.replace(/\.ts$/, ''));

describe('platform registry', () => {
  it('lists every adapter file exactly once, sorted by id, with id equal to the file name', () => {
    const ids = PLATFORMS.map((platform) => platform.id);
    expect(ids).toEqual([...adapterFiles].sort());
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('covers the ten platforms of the product', () => {
    expect(PLATFORMS.map((platform) => platform.id)).toEqual([
      'bluesky',
      'facebook',
      'instagram',
      'linkedin',
      'mastodon',
      'reddit',
      'threads',
      'tiktok',
      'x',
      'youtube',
    ]);
  });

  it('gives each platform bare lower-case host names, none claimed twice', () => {
    const hosts = PLATFORMS.flatMap((platform) => platform.hosts);
    for (const host of hosts) expect(host).toMatch(/^[a-z0-9.-]+\.[a-z]+$/);
    expect(new Set(hosts).size).toBe(hosts.length);
  });

  it('includes the alternative hosts people really land on', () => {
    for (const [host, id] of [
      ['twitter.com', 'x'],
      ['mobile.x.com', 'x'],
      ['m.facebook.com', 'facebook'],
      ['old.reddit.com', 'reddit'],
      ['threads.net', 'threads'],
      ['m.youtube.com', 'youtube'],
      ['mastodon.social', 'mastodon'],
    ]) {
      expect(platformForHost(host as string)?.id).toBe(id);
    }
  });

  it('finds the platform of a host, ignoring case, and of user-added hosts', () => {
    expect(platformForHost('WWW.YouTube.com')?.id).toBe('youtube');
    expect(platformForHost('example.com')).toBeUndefined();
    expect(platformForHost('fosstodon.org')).toBeUndefined();
    expect(platformForHost('fosstodon.org', { 'fosstodon.org': 'mastodon' })?.id).toBe('mastodon');
  });

  it('ends each adapter file with test URLs on its own hosts', () => {
    for (const platform of PLATFORMS) {
      const source = readFileSync(resolve(PLATFORM_DIR, `${platform.id}.ts`), 'utf8');
      const block = source.slice(source.indexOf('/* Test URLs'));
      expect(block, platform.id).toMatch(/^\/\* Test URLs/);
      const urls = block.match(/https:\/\/\S+/g) ?? [];
      expect(urls.length, platform.id).toBeGreaterThan(0);
      for (const url of urls) expect(platform.hosts, url).toContain(new URL(url).hostname);
    }
  });
});

describe('manifest derived from the registry', () => {
  const manifestFor = (browser: string) => {
    const manifest = config.manifest;
    if (typeof manifest !== 'function') throw new Error('wxt.config.ts manifest must be derived per browser');
    return manifest({ browser, manifestVersion: browser === 'firefox' ? 2 : 3, mode: 'production', command: 'build' });
  };

  it('gives each platform a content script of its own on exactly its hosts, at document_start', async () => {
    const base = { type: 'content-script', name: 'content', inputPath: '/content.ts', options: { matches: [] } };
    const entrypoints = [base];
    const hooks = config.hooks as Record<string, (wxt: unknown, entrypoints: unknown[]) => void>;
    const split = hooks['entrypoints:resolved'] as (wxt: unknown, entrypoints: unknown[]) => void;
    split({}, entrypoints);
    const scripts = entrypoints as unknown as { name: string; options: { matches: string[] } }[];
    expect(scripts.map((script) => script.name)).toEqual(PLATFORMS.map((platform) => contentScriptName(platform.id)));
    for (const [index, platform] of PLATFORMS.entries())
      expect(scripts[index]?.options.matches).toEqual(platform.hosts.map(matchPattern));
    expect(scripts.flatMap((script) => script.options.matches).sort()).toEqual([...hostMatchPatterns()].sort());
    expect(content.runAt).toBe('document_start');
  });

  it('asks for host permissions on exactly the registry hosts and never for all URLs', async () => {
    const manifest = await manifestFor('chrome');
    expect(manifest.host_permissions).toEqual(hostMatchPatterns());
    expect(JSON.stringify(manifest)).not.toContain('<all_urls>');
    expect(manifest.permissions).not.toContain('tabs');
    for (const pattern of manifest.host_permissions ?? []) expect(pattern).toMatch(/^https:\/\/[a-z0-9.-]+\/\*$/);
  });

  it('gives Firefox an id, no data collection and a recent minimum version', async () => {
    const gecko = (await manifestFor('firefox')).browser_specific_settings?.gecko as Record<string, unknown>;
    expect(gecko.id).toBeTruthy();
    expect(gecko.data_collection_permissions).toEqual({ required: ['none'] });
    expect(Number.parseFloat(String(gecko.strict_min_version))).toBeGreaterThanOrEqual(142);
  });
});

describe('user-added hosts', () => {
  it('belong to the one platform that runs on hosts users add', async () => {
    const { USER_HOST_PLATFORM, userHostMap } = await import('@/utils/platforms');
    expect(USER_HOST_PLATFORM?.id).toBe('mastodon');
    expect(platformForHost('fosstodon.org', userHostMap(['fosstodon.org']))?.id).toBe('mastodon');
    expect(platformForHost('fosstodon.org', userHostMap([]))).toBeUndefined();
  });
});
