import { fireEvent, render, screen, waitFor } from '@solidjs/testing-library';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import { App } from '@/entrypoints/options/App';
import { readSettings } from '@/utils/settings';
import { useLocale } from './helpers/locale';

describe('options page', () => {
  it('lists a hide switch per platform, on by default, in Dutch', async () => {
    useLocale('nl');
    background.main();
    render(() => <App />);
    const youtube = await screen.findByRole('checkbox', { name: 'Tellers verbergen op YouTube' });
    expect((youtube as HTMLInputElement).checked).toBe(true);
    expect(document.querySelectorAll('[data-setting^="platforms."][data-setting$=".hide"]')).toHaveLength(10);
    expect(document.querySelectorAll('[data-setting^="metrics."]')).toHaveLength(7);
  });

  it('saves a switch through the background', async () => {
    background.main();
    render(() => <App />);
    const x = (await screen.findByRole('checkbox', { name: 'Hide counters on X' })) as HTMLInputElement;
    fireEvent.change(x, { target: { checked: false } });
    await waitFor(async () => expect((await readSettings()).settings.platforms.x.hide).toBe(false));
    expect(x.checked).toBe(false);
  });

  it('says so when the background does not answer, instead of pretending it saved', async () => {
    render(() => <App />);
    const x = (await screen.findByRole('checkbox', { name: 'Hide counters on X' })) as HTMLInputElement;
    fireEvent.change(x, { target: { checked: false } });
    expect(await screen.findByText(/did not answer/)).toBeTruthy();
    expect((await readSettings()).settings.platforms.x.hide).toBe(true);
  });

  it('tells the user which stored settings were reset', async () => {
    await fakeBrowser.storage.local.set({ settings: { retentionDays: 'lots' } });
    background.main();
    render(() => <App />);
    expect(await screen.findByRole('alert')).toHaveProperty(
      'textContent',
      'Some stored settings were invalid and were reset to their defaults: retentionDays',
    );
  });
});

describe('options page: what is counted', () => {
  it('switches counting off for one platform, on for private windows, and keeps details shorter', async () => {
    background.main();
    render(() => <App />);
    const tiktok = await screen.findByRole('checkbox', { name: 'Count time and actions on TikTok' });
    expect((tiktok as HTMLInputElement).checked).toBe(true);
    fireEvent.change(tiktok, { target: { checked: false } });
    await waitFor(async () => expect((await readSettings()).settings.platforms.tiktok.track).toBe(false));
    const privately = await screen.findByRole('checkbox', { name: 'Also count in private windows' });
    expect((privately as HTMLInputElement).checked).toBe(false);
    fireEvent.change(privately, { target: { checked: true } });
    await waitFor(async () => expect((await readSettings()).settings.trackPrivateWindows).toBe(true));
    fireEvent.change(await screen.findByRole('combobox', { name: /Keep the details/ }), { target: { value: '30' } });
    await waitFor(async () => expect((await readSettings()).settings.retentionDays).toBe(30));
    expect((await readSettings()).settings.platforms.tiktok.hide).toBe(true);
  });
});

describe('options page: counters and servers', () => {
  it('switches one kind of counter off everywhere', async () => {
    background.main();
    render(() => <App />);
    fireEvent.change(await screen.findByRole('checkbox', { name: 'Views and plays' }), { target: { checked: false } });
    await waitFor(async () => expect((await readSettings()).settings.metrics.views).toBe(false));
    expect((await readSettings()).settings.metrics.likes).toBe(true);
  });

  it('adds a Mastodon server after the browser grants it, and explains a refusal', async () => {
    background.main();
    render(() => <App />);
    const field = await screen.findByRole('textbox', { name: /Server address/ });
    fireEvent.input(field, { target: { value: 'mastodon.social' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add server' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Betrokken already works on that site.');

    fireEvent.input(field, { target: { value: 'https://Fosstodon.org/@ada' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add server' }));
    expect((await screen.findByRole('status')).textContent).toContain('fosstodon.org added');
    expect((await readSettings()).settings.mastodonHosts).toEqual(['fosstodon.org']);
    expect(await fakeBrowser.permissions.contains({ origins: ['https://fosstodon.org/*'] })).toBe(true);

    fireEvent.click(screen.getByRole('button', { name: 'Remove fosstodon.org' }));
    await waitFor(async () => expect((await readSettings()).settings.mastodonHosts).toEqual([]));
    await waitFor(async () =>
      expect(await fakeBrowser.permissions.contains({ origins: ['https://fosstodon.org/*'] })).toBe(false),
    );
  });

  it('adds nothing when the permission is refused', async () => {
    background.main();
    fakeBrowser.permissions.request = async () => false;
    render(() => <App />);
    fireEvent.input(await screen.findByRole('textbox', { name: /Server address/ }), {
      target: { value: 'fosstodon.org' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Add server' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/Permission was not given/);
    expect((await readSettings()).settings.mastodonHosts).toEqual([]);
  });
});
