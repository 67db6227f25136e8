import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { countersFound } from '@/utils/counters-found';
import { demetricate } from '@/utils/demetricate';
import type { Responses } from '@/utils/messages';
import { hiddenMetricsFromStored, isShowCountsForNow, SETTINGS_KEY } from '@/utils/page-settings';
import { pageTypeOf } from '@/utils/page-type';
import thisPage from '@/utils/platforms/this-page';
import { RULES_LEFT_OUT_ATTRIBUTE, usableRules } from '@/utils/usable-rules';
// The hiding stylesheet, which the manifest has the browser insert at document_start (wxt.config.ts).
import '@/utils/platforms/this-page.css';
import { startTracking } from './tracking';

export default defineContentScript({
  // Each platform's own copy of this script gets that platform's hosts (wxt.config.ts).
  matches: [],
  runAt: 'document_start',
  // WXT's started-message also goes to the page's own message listeners; its custom event is enough.
  noScriptStartedPostMessage: true,
  main(ctx) {
    if (!thisPage) return;
    const { platform, rejected } = usableRules(thisPage, document);
    // Marks the page before its own scripts run; hiding starts with the defaults until settings arrive.
    document.documentElement.setAttribute('data-betrokken', platform.id);
    if (rejected > 0) document.documentElement.setAttribute(RULES_LEFT_OUT_ATTRIBUTE, String(rejected));
    const hiding = demetricate(platform, document, hiddenMetricsFromStored(undefined, platform.id));
    let pageType = pageTypeOf(platform, location.pathname);
    hiding.setPageType(pageType);
    // Single-page navigation: the Navigation API's navigate event, before the next page is drawn.
    ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => {
      pageType = pageTypeOf(platform, newUrl.pathname);
      hiding.setPageType(pageType);
    });
    startTracking(ctx, platform, () => pageType);

    let stored: unknown;
    let shownForNow = false;
    const update = () => hiding.setHidden(shownForNow ? new Set() : hiddenMetricsFromStored(stored, platform.id));
    // Rejects only when the extension was updated or removed under the page: the defaults then stay.
    browser.storage.local.get(SETTINGS_KEY).then(
      (values) => {
        stored = values[SETTINGS_KEY];
        update();
      },
      () => undefined,
    );
    const onStorage = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area !== 'local' || !(SETTINGS_KEY in changes)) return;
      stored = changes[SETTINGS_KEY]?.newValue;
      update();
    };
    const onMessage = (raw: unknown, _sender: unknown, sendResponse: (answer: unknown) => void) => {
      if (!isShowCountsForNow(raw)) return false;
      if (raw.show !== undefined) {
        shownForNow = raw.show;
        update();
      }
      const found = countersFound(platform, document, hiddenMetricsFromStored(stored, platform.id), pageType);
      const answer: Responses['showCountsForNow'] = { shown: shownForNow, found, pageType, rulesLeftOut: rejected };
      sendResponse(answer);
      return false;
    };
    browser.storage.onChanged.addListener(onStorage);
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => {
      browser.storage.onChanged.removeListener(onStorage);
      browser.runtime.onMessage.removeListener(onMessage);
      hiding.stop();
    });
  },
});
