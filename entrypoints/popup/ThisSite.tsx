import { createResource, createSignal, Show } from 'solid-js';
import { browser } from 'wxt/browser';
import { Switch } from '@/components/Switch';
import { attentionSeconds, spectatorShare } from '@/utils/aggregate';
import { PAGES_WITH_COUNTERS } from '@/utils/counters-found';
import { formatCount, formatMinutes, formatPercent } from '@/utils/format';
import { t } from '@/utils/i18n';
import { type Responses, sendToTab } from '@/utils/messages';
import { hiddenMetricsFromStored } from '@/utils/page-settings';
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
  // Read as the content script reads it, so the popup and the page agree on what is hidden.
  const hides = hiddenMetricsFromStored(settings, platform.id).size > 0;
  // No answer: the page was open before Betrokken was installed or updated, so no content script runs in it.
  const page = await sendToTab(tab.id, { type: 'showCountsForNow' });
  return { tabId: tab.id, platform, hides, page };
}

/** What the popup says about the hiding on this page: no script, rules this browser rejects, or the counts. */
function hidingState(site: { hides: boolean; page: Responses['showCountsForNow'] | undefined }, platform: string) {
  if (!site.page) return { text: t('popup_reloadToRun'), warn: true };
  if (!site.hides) return undefined;
  if (site.page.rulesLeftOut > 0) return { text: t('popup_rulesLeftOut', platform), warn: true };
  if (site.page.found > 0) return { text: t('popup_countersFound', formatCount(site.page.found)), warn: false };
  if (PAGES_WITH_COUNTERS.includes(site.page.pageType))
    return { text: t('popup_noCountersFound', platform), warn: true };
  return undefined;
}

/** "On YouTube": today's time there, and "show the counts here for now", when the active tab is a platform. */
export function ThisSite(props: { today: Summary | undefined }) {
  const [site] = createResource(activePlatformTab);
  const [shown, setShown] = createSignal<boolean>();
  const isShown = () => shown() ?? site()?.page?.shown ?? false;

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
          <Show when={hidingState(current(), current().platform.name)}>
            {(state) => (
              <p
                data-testid="site-hiding"
                role={state().warn ? 'status' : undefined}
                classList={{ muted: !state().warn, warning: state().warn }}
              >
                {state().text}
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
