import { createResource, createSignal, Show } from 'solid-js';
import { browser } from 'wxt/browser';
import { Switch } from '@/components/Switch';
import { attentionSeconds, spectatorShare } from '@/utils/aggregate';
import { formatMinutes, formatPercent } from '@/utils/format';
import { t } from '@/utils/i18n';
import { sendToTab } from '@/utils/messages';
import { platformForHost, userHostMap } from '@/utils/platforms';
import { readSettings } from '@/utils/settings';
import type { Summary } from '@/utils/totals';

/** The platform in the active tab, if any: its URL is readable only where Betrokken has host access. */
async function activePlatformTab() {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined || !tab.url?.startsWith('https://')) return undefined;
  const { settings } = await readSettings();
  const platform = platformForHost(new URL(tab.url).hostname, userHostMap(settings.mastodonHosts));
  if (!platform) return undefined;
  const state = await sendToTab(tab.id, { type: 'showCountsForNow' });
  return { tabId: tab.id, platform, shown: state?.shown ?? false };
}

/** "On YouTube": today's time there, and "show the counts here for now", when the active tab is a platform. */
export function ThisSite(props: { today: Summary | undefined }) {
  const [site] = createResource(activePlatformTab);
  const [shown, setShown] = createSignal<boolean>();
  const isShown = () => shown() ?? site()?.shown ?? false;

  async function toggle(tabId: number, show: boolean) {
    const answer = await sendToTab(tabId, { type: 'showCountsForNow', show });
    setShown(answer?.shown ?? !show);
  }

  return (
    <Show when={site()}>
      {(current) => (
        <section class="this-site" aria-labelledby="this-site-title" data-platform={current().platform.id}>
          <h2 id="this-site-title">{t('popup_thisSite', current().platform.name)}</h2>
          <Show when={props.today?.platforms[current().platform.id]}>
            {(totals) => (
              <p data-testid="site-today">
                {t(
                  'popup_siteToday',
                  formatMinutes(attentionSeconds(totals())),
                  formatPercent(spectatorShare(totals()) ?? 0),
                )}
              </p>
            )}
          </Show>
          <Switch
            name="showCountsForNow"
            label={t('popup_showForNow')}
            checked={isShown()}
            onChange={(show) => void toggle(current().tabId, show)}
          />
          <p class="muted">{t('popup_showForNowHelp')}</p>
        </section>
      )}
    </Show>
  );
}
