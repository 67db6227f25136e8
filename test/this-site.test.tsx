import { render, screen } from '@solidjs/testing-library';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ThisSite } from '@/entrypoints/popup/ThisSite';
import type { Responses } from '@/utils/messages';
import { readSettings, writeSettings } from '@/utils/settings';
import { useLocale } from './helpers/locale';

/** The active tab shows `url`; its content script answers `page`, or nothing at all. */
async function openTab(url: string, page: Responses['showCountsForNow'] | undefined) {
  await fakeBrowser.windows.create({ focused: true });
  await fakeBrowser.tabs.create({ url, active: true });
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(async () => {
    if (!page) throw new Error('Could not establish connection. Receiving end does not exist.');
    return page;
  });
}

const hiding = () => screen.findByTestId('site-hiding');

describe('the popup on a platform’s page', () => {
  it('says how many counters it hides on this page', async () => {
    await openTab('https://x.com/home', { shown: false, found: 37, pageType: 'feed', rulesLeftOut: 0 });
    render(() => <ThisSite today={undefined} />);
    expect((await hiding()).textContent).toBe('Counters hidden on this page: 37');
    expect(screen.getByRole('heading', { name: 'On X' })).toBeTruthy();
  });

  it('writes the number as the language does', async () => {
    useLocale('nl');
    await openTab('https://www.facebook.com/', { shown: true, found: 1234, pageType: 'feed', rulesLeftOut: 0 });
    render(() => <ThisSite today={undefined} />);
    expect((await hiding()).textContent).toBe('Verborgen tellers op deze pagina: 1.234');
  });

  it('warns, in Dutch too, when a feed shows no counter it knows: the site may have changed', async () => {
    useLocale('nl');
    await openTab('https://www.youtube.com/', { shown: false, found: 0, pageType: 'feed', rulesLeftOut: 0 });
    render(() => <ThisSite today={undefined} />);
    const warning = await hiding();
    expect(warning.getAttribute('role')).toBe('status');
    expect(warning.textContent).toContain('heeft YouTube zijn pagina’s misschien veranderd');
  });

  it('warns when this browser rejected some of the platform’s rules', async () => {
    await openTab('https://www.threads.com/', { shown: false, found: 12, pageType: 'feed', rulesLeftOut: 2 });
    render(() => <ThisSite today={undefined} />);
    const warning = await hiding();
    expect(warning.getAttribute('role')).toBe('status');
    expect(warning.textContent).toBe(
      'This browser cannot run some of Betrokken’s rules for Threads, so some counters may show. An update of Betrokken will fix this.',
    );
  });

  it('says nothing of counters on a platform whose hiding is switched off', async () => {
    const { settings } = await readSettings();
    await writeSettings({
      ...settings,
      platforms: { ...settings.platforms, x: { ...settings.platforms.x, hide: false } },
    });
    await openTab('https://x.com/home', { shown: false, found: 0, pageType: 'feed', rulesLeftOut: 0 });
    render(() => <ThisSite today={undefined} />);
    expect(await screen.findByRole('heading', { name: 'On X' })).toBeTruthy();
    expect(screen.queryByTestId('site-hiding')).toBeNull();
  });

  it('says nothing of counters on a page that has none, such as messages', async () => {
    await openTab('https://x.com/messages', { shown: false, found: 0, pageType: 'messages', rulesLeftOut: 0 });
    render(() => <ThisSite today={undefined} />);
    expect(await screen.findByRole('heading', { name: 'On X' })).toBeTruthy();
    expect(screen.queryByTestId('site-hiding')).toBeNull();
  });

  it('asks for a reload when the page has no Betrokken yet, as pages open since before installing', async () => {
    await openTab('https://www.reddit.com/', undefined);
    render(() => <ThisSite today={undefined} />);
    expect((await hiding()).textContent).toBe(
      'Betrokken is not running on this page yet. Reload the page to let it work here.',
    );
  });
});
