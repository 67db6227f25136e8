/**
 * The one clock. `wall` stamps what is stored (epoch milliseconds, shared by pages and the background);
 * `monotonic` measures how long a tick took, which a changed wall clock or a sleeping machine cannot fake.
 * Tests replace it with `setClock`.
 */
export interface Clock {
  wall(): number;
  monotonic(): number;
}

const systemClock: Clock = { wall: () => Date.now(), monotonic: () => performance.now() };
let current: Clock = systemClock;

export const clock: Clock = {
  wall: () => current.wall(),
  monotonic: () => current.monotonic(),
};

/** Replaces the clock (tests); without an argument, restores the system clock. */
export function setClock(replacement: Clock = systemClock): void {
  current = replacement;
}
