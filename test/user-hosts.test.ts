import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import { syncUserHostScripts, USER_HOSTS_SCRIPT_ID } from '@/entrypoints/background/user-hosts';
import { send } from '@/utils/messages';
import { checkUserHost } from '@/utils/user-hosts';

const registeredMatches = async () =>
  (await fakeBrowser.scripting.getRegisteredContentScripts({ ids: [USER_HOSTS_SCRIPT_ID] }))[0]?.matches ?? [];

describe('checkUserHost', () => {
  it('accepts what people paste: a bare host, a URL, a profile link, any case', () => {
    expect(checkUserHost('fosstodon.org', [])).toEqual({ ok: true, host: 'fosstodon.org' });
    expect(checkUserHost(' https://Fosstodon.org/@ada ', [])).toEqual({ ok: true, host: 'fosstodon.org' });
    expect(checkUserHost('social.example.nl/explore', [])).toEqual({ ok: true, host: 'social.example.nl' });
  });

  it('refuses nonsense, built-in hosts and duplicates, saying why', () => {
    expect(checkUserHost('not a host', [])).toEqual({ ok: false, reason: 'invalid' });
    expect(checkUserHost('localhost', [])).toEqual({ ok: false, reason: 'invalid' });
    expect(checkUserHost('mastodon.social', [])).toEqual({ ok: false, reason: 'builtIn' });
    expect(checkUserHost('x.com', [])).toEqual({ ok: false, reason: 'builtIn' });
    expect(checkUserHost('fosstodon.org', ['fosstodon.org'])).toEqual({ ok: false, reason: 'duplicate' });
  });
});

describe('syncUserHostScripts', () => {
  it('registers the content script at document_start on granted hosts only', async () => {
    await fakeBrowser.permissions.request({ origins: ['https://fosstodon.org/*'] });
    expect(await syncUserHostScripts(['fosstodon.org', 'not-granted.social'])).toEqual(['fosstodon.org']);
    const [script] = await fakeBrowser.scripting.getRegisteredContentScripts({ ids: [USER_HOSTS_SCRIPT_ID] });
    expect(script).toMatchObject({
      matches: ['https://fosstodon.org/*'],
      runAt: 'document_start',
      js: ['content-scripts/content-mastodon.js'],
      css: ['content-scripts/content-mastodon.css'], // the hiding rules: the script only switches them on
    });
  });

  it('replaces the registration as hosts change and removes it when none is left', async () => {
    await fakeBrowser.permissions.request({ origins: ['https://a.social/*', 'https://b.social/*'] });
    await syncUserHostScripts(['a.social']);
    await syncUserHostScripts(['a.social', 'b.social']);
    expect(await registeredMatches()).toEqual(['https://a.social/*', 'https://b.social/*']);
    await syncUserHostScripts([]);
    expect(await registeredMatches()).toEqual([]);
  });
});

describe('background and added instances', () => {
  it('registers an instance when it is added in the settings, and drops it when its permission is revoked', async () => {
    background.main();
    await fakeBrowser.permissions.request({ origins: ['https://fosstodon.org/*'] });
    await send({ type: 'changeSettings', patch: { mastodonHosts: ['fosstodon.org'] } });
    expect(await registeredMatches()).toEqual(['https://fosstodon.org/*']);
    await fakeBrowser.permissions.remove({ origins: ['https://fosstodon.org/*'] });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(await registeredMatches()).toEqual([]);
  });
});
