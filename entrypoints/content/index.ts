import { defineContentScript } from 'wxt/utils/define-content-script';
import { demetricate } from '@/utils/demetricate';
import { listenForMessages } from '@/utils/messages';
import { hostMatchPatterns, PLATFORMS, platformForHost } from '@/utils/platforms';
import { DEFAULT_SETTINGS, hiddenMetrics, readSettings, type Settings, watchSettings } from '@/utils/settings';

export default defineContentScript({
  matches: hostMatchPatterns(),
  runAt: 'document_start',
  main(ctx) {
    // On a host no adapter lists, this script was registered for an instance the user added (Mastodon).
    const platform = platformForHost(location.hostname) ?? PLATFORMS.find((candidate) => candidate.userHosts);
    if (!platform) return;
    // Marks the page before its own scripts run; hiding starts with the defaults until settings arrive.
    document.documentElement.setAttribute('data-betrokken', platform.id);
    const hiding = demetricate(platform, document, hiddenMetrics(DEFAULT_SETTINGS, platform.id));

    let settings: Settings = DEFAULT_SETTINGS;
    let shownForNow = false;
    const update = () => hiding.setHidden(shownForNow ? new Set() : hiddenMetrics(settings, platform.id));
    void readSettings().then((parsed) => {
      settings = parsed.settings;
      update();
    });
    const unwatch = watchSettings((next) => {
      settings = next;
      update();
    });
    const unlisten = listenForMessages(
      (message) => {
        if (message.type !== 'showCountsForNow') return undefined;
        if (message.show !== undefined) {
          shownForNow = message.show;
          update();
        }
        return Promise.resolve({ shown: shownForNow });
      },
      () => undefined,
    );
    ctx.onInvalidated(() => {
      unwatch();
      unlisten();
      hiding.stop();
    });
  },
});
