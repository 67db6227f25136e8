import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';
import { compactUnits } from './utils/compact-units';
import { hideCss } from './utils/hide-css';
import { contentScriptName, hostMatchPatterns, matchPattern, PLATFORMS } from './utils/platforms';
import type { Platform } from './utils/platforms/types';

// Firefox rejects add-ons without an id and, since 142, without data_collection_permissions.
const GECKO_ID = 'betrokken@betrokken.app';
const FIREFOX_MIN_VERSION = '142.0';
const USER_HOSTS = 'https://*/*';

const THIS_PAGE = resolve(import.meta.dirname, 'utils/platforms/this-page.ts');
const THIS_PAGE_CSS = resolve(import.meta.dirname, 'utils/platforms/this-page.css');
const COMPACT_UNITS = resolve(import.meta.dirname, 'utils/compact-units.ts');
const SCRIPT_PLATFORMS = new Map(PLATFORMS.map((platform) => [contentScriptName(platform.id), platform]));

/**
 * In one platform's content script, `this-page` is that platform's adapter, and no other is bundled.
 * `this-page.css` is its hiding stylesheet, generated here: the manifest has the browser put it in before
 * the page has any element, and the page's script time pays nothing to build or parse it. The compact
 * number units are computed here too.
 */
function thisPagePlugin(platform: Platform): Plugin {
  return {
    name: 'betrokken-this-page',
    load(file) {
      if (file === THIS_PAGE)
        return `export { default } from ${JSON.stringify(resolve(import.meta.dirname, 'utils/platforms', `${platform.id}.ts`))};`;
      if (file === THIS_PAGE_CSS) return hideCss(platform);
      // Asked of Intl here, once, instead of on every page load (about 25 ms of script each time).
      if (file === COMPACT_UNITS) return `export const compactUnits = () => ${JSON.stringify(compactUnits())};`;
      return undefined;
    },
  };
}

/**
 * The polyfill is a UMD file; bundled as CommonJS, its import copies every property of `browser`, which
 * makes the browser build each API namespace (six in a content script) on every page load (measured:
 * about 0.2–0.4 ms of a page's script). As a module it exports `browser` itself, unchanged.
 */
const POLYFILL = /[\\/]webextension-polyfill[\\/]dist[\\/]browser-polyfill(\.min)?\.js$/;
function polyfillAsModule(): Plugin {
  return {
    name: 'betrokken-polyfill-as-module',
    enforce: 'pre',
    transform(code, id) {
      if (!POLYFILL.test(id)) return undefined;
      return `const module = { exports: {} };\nconst exports = module.exports;\n${code}\nexport default module.exports;\n`;
    },
  };
}

export default defineConfig({
  modules: ['@wxt-dev/module-solid', '@wxt-dev/webextension-polyfill', '@wxt-dev/auto-icons'],
  imports: false,
  // Parallel test runs build side by side (BETROKKEN_OUT_DIR); everyone else gets .output.
  outDir: process.env.BETROKKEN_OUT_DIR ?? '.output',
  // Chromium and Firefox preload modules natively; Vite's polyfill would put a fetch() in the bundles.
  vite: () => ({ plugins: [polyfillAsModule()], build: { modulePreload: { polyfill: false } } }),
  hooks: {
    // One content script per platform instead of one that carries every platform's rules: a page loads
    // only its own (smaller to download, parse and run; measured by `npm run bench`).
    'entrypoints:resolved': (_wxt, entrypoints) => {
      const index = entrypoints.findIndex((entry) => entry.type === 'content-script' && entry.name === 'content');
      if (index < 0) return;
      const [content] = entrypoints.splice(index, 1);
      if (content?.type !== 'content-script') return;
      for (const [name, platform] of SCRIPT_PLATFORMS)
        entrypoints.push({
          ...content,
          name,
          options: { ...content.options, matches: platform.hosts.map(matchPattern) },
        });
    },
    'vite:build:extendConfig': (entries, config) => {
      const platform = entries.length === 1 ? SCRIPT_PLATFORMS.get(entries[0]?.name ?? '') : undefined;
      if (!platform) return;
      config.plugins = [...(config.plugins ?? []), thisPagePlugin(platform)];
      // A minifier merges rules that share a declaration into one selector list, which the browser drops
      // whole for one selector it rejects. Each rule must stand alone.
      config.build = { ...config.build, cssMinify: false };
    },
  },
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
