import { afterEach, beforeEach } from 'vitest';

const ORIGINAL = process.env.TZ;

/** Sets the time zone the code under test sees (Node reads TZ at once); restored after each test. */
export function inZone(zone: string): void {
  process.env.TZ = zone;
}

/** Every test of the calling file runs in `zone` (default: the Netherlands, with its DST changes). */
export function useTimeZone(zone = 'Europe/Amsterdam'): void {
  beforeEach(() => inZone(zone));
  afterEach(() => {
    process.env.TZ = ORIGINAL;
  });
}
