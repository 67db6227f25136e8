import { defineConfig } from 'wxt';
import { hostMatchPatterns } from './utils/platforms';

// Firefox rejects add-ons without an id and, since 142, without data_collection_permissions.
const GECKO_ID = 'betrokken@betrokken.app';
const FIREFOX_MIN_VERSION = '142.0';
const USER_HOSTS = 'https://*/*';

export default defineConfig({
  modules: ['@wxt-dev/module-solid', '@wxt-dev/webextension-polyfill', '@wxt-dev/auto-icons'],
  imports: false,
  // Parallel test runs build side by side (BETROKKEN_OUT_DIR); everyone else gets .output.
  outDir: process.env.BETROKKEN_OUT_DIR ?? '.output',
  // Chromium and Firefox preload modules natively; Vite's polyfill would put a fetch() in the bundles.
  vite: () => ({ build: { modulePreload: { polyfill: false } } }),
  autoIcons: { baseIconPath: 'public/icon.svg', sizes: [128, 96, 48, 32, 16] },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'scripting', 'alarms', 'idle'],
    host_permissions: hostMatchPatterns(),
    // Asked at run time, one host at a time, when a user adds their own Mastodon instance.
    ...(browser === 'firefox' ? { optional_permissions: [USER_HOSTS] } : { optional_host_permissions: [USER_HOSTS] }),
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
