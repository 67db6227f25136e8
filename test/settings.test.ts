import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { applySettingsPatch, DEFAULT_SETTINGS, parseSettings, readSettings } from '@/utils/settings';

describe('parseSettings', () => {
  it('gives the defaults for a fresh installation, with nothing to report', () => {
    const { settings, problems } = parseSettings(undefined);
    expect(problems).toEqual([]);
    expect(settings.platforms.x).toEqual({ hide: true, track: true });
    expect(settings.metrics.likes).toBe(true);
    expect(settings.retentionDays).toBe(90);
    expect(settings.trackPrivateWindows).toBe(false);
    expect(settings.mastodonHosts).toEqual([]);
  });

  it('keeps valid stored values and fills in settings added since', () => {
    const { settings, problems } = parseSettings({ platforms: { youtube: { hide: false } }, retentionDays: 30 });
    expect(problems).toEqual([]);
    expect(settings.platforms.youtube).toEqual({ hide: false, track: true });
    expect(settings.retentionDays).toBe(30);
    expect(settings.platforms.reddit.hide).toBe(true);
  });

  it('resets only the invalid values, names each, and keeps the rest', () => {
    const { settings, problems } = parseSettings({
      platforms: { x: { hide: 'yes' }, tiktok: { hide: false } },
      retentionDays: -4,
      mastodonHosts: ['fosstodon.org', 'https://bad host/', 42],
    });
    expect(problems.sort()).toEqual(['mastodonHosts.1', 'mastodonHosts.2', 'platforms.x.hide', 'retentionDays'].sort());
    expect(settings.platforms.x.hide).toBe(true);
    expect(settings.platforms.tiktok.hide).toBe(false);
    expect(settings.retentionDays).toBe(90);
    expect(settings.mastodonHosts).toEqual(['fosstodon.org']);
  });

  it('falls back to defaults when the stored value is not an object at all', () => {
    for (const raw of ['corrupt', 7, [1, 2], true]) {
      const { settings, problems } = parseSettings(raw);
      expect(settings).toEqual(DEFAULT_SETTINGS);
      expect(problems).toEqual(['(settings)']);
    }
  });

  it('does not change the value it was given', () => {
    const raw = { retentionDays: 'ninety' };
    parseSettings(raw);
    expect(raw).toEqual({ retentionDays: 'ninety' });
  });
});

describe('readSettings', () => {
  it('reads defaults and reports a bad stored value without throwing', async () => {
    await fakeBrowser.storage.local.set({ settings: { metrics: { views: 'hidden' }, retentionDays: 14 } });
    const { settings, problems } = await readSettings();
    expect(problems).toEqual(['metrics.views']);
    expect(settings.metrics.views).toBe(true);
    expect(settings.retentionDays).toBe(14);
  });
});

describe('applySettingsPatch', () => {
  it('merges a nested change into the current settings', () => {
    const result = applySettingsPatch(DEFAULT_SETTINGS, { platforms: { x: { hide: false } } });
    expect(result.ok && result.settings.platforms.x).toEqual({ hide: false, track: true });
    expect(result.ok && result.settings.platforms.youtube.hide).toBe(true);
  });

  it('replaces arrays instead of merging them', () => {
    const current = { ...DEFAULT_SETTINGS, mastodonHosts: ['a.social', 'b.social'] };
    const result = applySettingsPatch(current, { mastodonHosts: ['c.social'] });
    expect(result.ok && result.settings.mastodonHosts).toEqual(['c.social']);
  });

  it('refuses an invalid change and says which field is wrong', () => {
    expect(applySettingsPatch(DEFAULT_SETTINGS, { retentionDays: 0 })).toEqual({
      ok: false,
      problems: ['retentionDays'],
    });
    expect(applySettingsPatch(DEFAULT_SETTINGS, 'everything off')).toEqual({ ok: false, problems: ['(patch)'] });
  });
});
