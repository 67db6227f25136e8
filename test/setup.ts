import 'fake-indexeddb/auto';
import { cleanup } from '@solidjs/testing-library';
import { afterEach, beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getDb } from '@/utils/db';
import { version } from '../package.json';
import { installFakeExtensionApis } from './helpers/fake-extension-apis';
import { useLocale } from './helpers/locale';

beforeEach(() => {
  fakeBrowser.reset();
  fakeBrowser.runtime.getManifest = () => ({ manifest_version: 3, name: 'Betrokken', version });
  useLocale('en');
  installFakeExtensionApis();
});

afterEach(async () => {
  cleanup();
  await getDb().delete({ disableAutoOpen: false });
});
