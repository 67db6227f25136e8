import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import { send } from '@/utils/messages';
import { readSettings } from '@/utils/settings';

async function startBackground() {
  background.main();
  // Let the start-up repair finish before the test looks at storage.
  await new Promise((resolve) => setTimeout(resolve, 0));
}

describe('background', () => {
  beforeEach(() => fakeBrowser.reset());

  it('applies a settings change sent by a page and stores it', async () => {
    await startBackground();
    const answer = await send({ type: 'changeSettings', patch: { platforms: { youtube: { hide: false } } } });
    expect(answer?.ok).toBe(true);
    expect((await readSettings()).settings.platforms.youtube.hide).toBe(false);
  });

  it('refuses an invalid settings change and keeps the stored settings', async () => {
    await startBackground();
    await send({ type: 'changeSettings', patch: { retentionDays: 30 } });
    const answer = await send({ type: 'changeSettings', patch: { retentionDays: 'forever' } });
    expect(answer).toEqual({ ok: false, problems: ['retentionDays'] });
    expect((await readSettings()).settings.retentionDays).toBe(30);
  });

  it('counts malformed messages and reports the count', async () => {
    await startBackground();
    await fakeBrowser.runtime.sendMessage({ type: 'changeSettings', patch: 'off' });
    await fakeBrowser.runtime.sendMessage('hello');
    const diagnostics = await send({ type: 'getDiagnostics' });
    expect(diagnostics?.droppedMessages).toBe(2);
  });

  it('repairs corrupt stored settings at start and remembers what it reset', async () => {
    await fakeBrowser.storage.local.set({ settings: { retentionDays: 'ninety', platforms: { x: { hide: false } } } });
    await startBackground();
    const stored = (await fakeBrowser.storage.local.get('settings')).settings as { retentionDays: number };
    expect(stored.retentionDays).toBe(90);
    expect((await readSettings()).settings.platforms.x.hide).toBe(false);
    expect((await send({ type: 'getDiagnostics' }))?.repairedSettings).toEqual(['retentionDays']);
  });
});

describe('background under quick changes', () => {
  it('keeps every one of several changes sent at once', async () => {
    await startBackground();
    await Promise.all([
      send({ type: 'changeSettings', patch: { platforms: { x: { hide: false } } } }),
      send({ type: 'changeSettings', patch: { platforms: { youtube: { hide: false } } } }),
      send({ type: 'changeSettings', patch: { metrics: { views: false } } }),
    ]);
    const { settings } = await readSettings();
    expect([settings.platforms.x.hide, settings.platforms.youtube.hide, settings.metrics.views]).toEqual([
      false,
      false,
      false,
    ]);
  });
});
