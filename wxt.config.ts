import { defineConfig } from 'wxt';
import { hostMatchPatterns } from './utils/platforms';

// Firefox rejects add-ons without an id and, since 142, without data_collection_permissions.
const GECKO_ID = 'betrokken@betrokken.app';
const FIREFOX_MIN_VERSION = '142.0';

export default defineConfig({
  modules: ['@wxt-dev/module-solid', '@wxt-dev/webextension-polyfill', '@wxt-dev/auto-icons'],
  imports: false,
  // Chromium and Firefox preload modules natively; Vite's polyfill would put a fetch() in the bundles.
  vite: () => ({ build: { modulePreload: { polyfill: false } } }),
  autoIcons: { baseIconPath: 'public/icon.svg', sizes: [128, 96, 48, 32, 16] },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage'],
    host_permissions: hostMatchPatterns(),
    action: { default_title: '__MSG_extName__' },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: GECKO_ID,
          strict_min_version: FIREFOX_MIN_VERSION,
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
  }),
});
