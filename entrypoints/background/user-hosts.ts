import { browser } from 'wxt/browser';
import { contentScriptName, matchPattern, USER_HOST_PLATFORM } from '@/utils/platforms';

/** The id under which the content script is registered for instances the user added. */
export const USER_HOSTS_SCRIPT_ID = 'betrokken-user-hosts';
// The user-hosted platform's own content script (Mastodon's): its `.js` and its hiding stylesheet, `.css`.
const SCRIPT_PATH = USER_HOST_PLATFORM && `content-scripts/${contentScriptName(USER_HOST_PLATFORM.id)}`;

/**
 * Registers the content script on every added host the user granted, replacing any earlier registration.
 * Runs at each background start and after each change, so nothing depends on the worker's memory.
 */
export async function syncUserHostScripts(hosts: readonly string[]): Promise<string[]> {
  const granted: string[] = [];
  for (const host of hosts) {
    if (await browser.permissions.contains({ origins: [matchPattern(host)] })) granted.push(host);
  }
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: [USER_HOSTS_SCRIPT_ID] });
  if (registered.length > 0) await browser.scripting.unregisterContentScripts({ ids: [USER_HOSTS_SCRIPT_ID] });
  if (granted.length > 0 && SCRIPT_PATH) {
    await browser.scripting.registerContentScripts([
      {
        id: USER_HOSTS_SCRIPT_ID,
        matches: granted.map(matchPattern),
        js: [`${SCRIPT_PATH}.js`],
        css: [`${SCRIPT_PATH}.css`],
        runAt: 'document_start',
        persistAcrossSessions: true,
      },
    ]);
  }
  return granted;
}
