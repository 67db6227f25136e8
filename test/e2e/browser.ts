import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, chromium, type Worker } from 'playwright-core';
import type { FixtureServer } from './fixture-server';

const HERE = fileURLToPath(new URL('.', import.meta.url));

export const CHROMIUM = '/usr/bin/chromium';
export const FIREFOX = '/usr/bin/firefox-esr';
export const EXTENSION_DIR = resolve(HERE, '../..', process.env.BETROKKEN_OUT_DIR ?? '.output', 'chrome-mv3');

export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** `chrome-extension://<id>/<path>` */
  extensionUrl(path: string): string;
  close(): Promise<void>;
}

/**
 * Starts Debian's Chromium with the built extension. Every host name resolves to the fixture server,
 * so content scripts match exactly as on the real sites and any request at all reaches the server's log.
 */
export async function launchWithExtension(options: {
  server: Pick<FixtureServer, 'port' | 'httpPort'>;
  lang: 'en' | 'nl';
  /** A visible window (the demo, when there is a display); tests run headless. */
  headless?: boolean;
}): Promise<ExtensionBrowser> {
  const { port, httpPort } = options.server;
  const profile = mkdtempSync(join(tmpdir(), 'betrokken-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: options.headless ?? true,
    ignoreHTTPSErrors: true,
    locale: options.lang,
    env: { ...process.env, LANGUAGE: options.lang, LANG: options.lang === 'nl' ? 'nl_NL.UTF-8' : 'en_US.UTF-8' },
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      // The first matching rule wins: port 80 (plain HTTP) first, then everything else.
      `--host-resolver-rules=MAP *:80 127.0.0.1:${httpPort}, MAP * 127.0.0.1:${port}, EXCLUDE localhost`,
      `--lang=${options.lang}`,
      '--ignore-certificate-errors',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--disable-gpu',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    extensionUrl: (path) => `chrome-extension://${extensionId}/${path}`,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
