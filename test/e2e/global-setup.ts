import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { CHROMIUM, EXTENSION_DIR, FIREFOX } from './browser';

/** Debian packages the end-to-end tests drive, by the binary each provides. */
const BROWSERS = [
  { binary: CHROMIUM, debianPackage: 'chromium' },
  { binary: FIREFOX, debianPackage: 'firefox-esr' },
];

/** End-to-end tests never skip: missing browsers are installed when possible, otherwise the run stops saying how. */
export default function setup(): void {
  const missing = BROWSERS.filter((browser) => !existsSync(browser.binary)).map((browser) => browser.debianPackage);
  if (missing.length > 0) {
    const command = `apt-get update && apt-get install -y ${missing.join(' ')}`;
    if (process.getuid?.() !== 0) {
      throw new Error(
        `Missing browsers for the end-to-end tests (${missing.join(', ')}). Install them, then run the tests again:\n  sudo ${command.replace('&& apt-get', '&& sudo apt-get')}`,
      );
    }
    console.log(`Installing Debian's ${missing.join(' and ')} for the end-to-end tests…`);
    execSync(command, { stdio: 'inherit' });
  }
  for (const build of [EXTENSION_DIR, resolve(EXTENSION_DIR, '../firefox-mv2')]) {
    if (!existsSync(resolve(build, 'manifest.json'))) {
      throw new Error(`No build at ${build}. Run "npm run test:e2e", which builds first.`);
    }
  }
}
