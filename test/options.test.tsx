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
    expect(screen.getAllByRole('checkbox')).toHaveLength(10);
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
