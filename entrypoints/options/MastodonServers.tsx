import { createSignal, For } from 'solid-js';
import { browser } from 'wxt/browser';
import { Notice, type NoticeText } from '@/components/Notice';
import type { createSettingsStore } from '@/components/settings-store';
import { type MessageKey, t } from '@/utils/i18n';
import { matchPattern } from '@/utils/platforms';
import { checkUserHost } from '@/utils/user-hosts';

const REFUSALS: Record<'invalid' | 'builtIn' | 'duplicate' | 'denied', MessageKey> = {
  invalid: 'options_instanceInvalid',
  builtIn: 'options_instanceBuiltIn',
  duplicate: 'options_instanceDuplicate',
  denied: 'options_instanceDenied',
};

/** The user's own Mastodon servers: each added host asks the browser for that one host's permission. */
export function MastodonServers(props: { store: ReturnType<typeof createSettingsStore> }) {
  const { settings, change } = props.store;
  const [typed, setTyped] = createSignal('');
  const [notice, setNotice] = createSignal<NoticeText>();

  async function add(event: SubmitEvent) {
    event.preventDefault();
    const hosts = settings().mastodonHosts;
    const check = checkUserHost(typed(), hosts);
    if (!check.ok) return setNotice({ text: t(REFUSALS[check.reason]), error: true });
    // Must run straight from the click: browsers only show a permission prompt for a user gesture.
    const granted = await browser.permissions.request({ origins: [matchPattern(check.host)] });
    if (!granted) return setNotice({ text: t(REFUSALS.denied), error: true });
    await change({ mastodonHosts: [...hosts, check.host] });
    setTyped('');
    setNotice({ text: t('options_instanceAdded', check.host), error: false });
  }

  async function remove(host: string) {
    await change({ mastodonHosts: settings().mastodonHosts.filter((other) => other !== host) });
    await browser.permissions.remove({ origins: [matchPattern(host)] });
  }

  return (
    <section aria-labelledby="instances-heading">
      <h2 id="instances-heading">{t('options_instancesHeading')}</h2>
      <p class="muted">{t('options_instancesHelp')}</p>
      <ul class="hosts">
        <For each={settings().mastodonHosts}>
          {(host) => (
            <li>
              <span>{host}</span>
              <button type="button" class="secondary" onClick={() => void remove(host)}>
                {t('options_instanceRemove', host)}
              </button>
            </li>
          )}
        </For>
      </ul>
      <form class="add-host" onSubmit={(event) => void add(event)}>
        <label>
          {t('options_instanceLabel')}
          <input
            type="text"
            inputmode="url"
            autocomplete="off"
            value={typed()}
            onInput={(event) => setTyped(event.currentTarget.value)}
          />
        </label>
        <button type="submit">{t('options_instanceAdd')}</button>
      </form>
      <Notice notice={notice()} />
    </section>
  );
}
