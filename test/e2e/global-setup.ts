import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { CHROMIUM, EXTENSION_DIR } from './browser';

/** End-to-end tests never skip: Chromium is installed when possible, otherwise the run stops saying how. */
export default function setup(): void {
  if (!existsSync(CHROMIUM)) {
    if (process.getuid?.() !== 0) {
      throw new Error(
        `Chromium is missing at ${CHROMIUM}. Install it, then run the tests again:\n  sudo apt-get update && sudo apt-get install -y chromium`,
      );
    }
    console.log(`Chromium is missing at ${CHROMIUM}; installing Debian's chromium package…`);
    execSync('apt-get update && apt-get install -y chromium', { stdio: 'inherit' });
  }
  if (!existsSync(resolve(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No build at ${EXTENSION_DIR}. Run "npm run test:e2e", which builds first.`);
  }
}
