import type { browser } from '@wxt-dev/browser';

declare global {
  /** The extension API as seen by callbacks that Playwright runs inside Chromium (worker and page `evaluate`). */
  const chrome: typeof browser;
}
