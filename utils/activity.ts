import type { Mode, PageType } from './vocabulary';

/** How often a page measures itself. */
export const TICK_MS = 1000;
/** How long input keeps a second counting: Mozilla WebScience's attention rule (see ../shared/product.md). */
export const INPUT_WINDOW_MS = 15_000;
/** How often a page reports at most; also the most a killed background can lose. */
export const PULSE_MS = 15_000;
/** A tick that comes this late measured a sleep, a clock change or a paused debugger: it adds nothing. */
export const MAX_TICK_MS = 2 * TICK_MS;
/** Wall-clock and monotonic time may drift this much between ticks before a run is cut. */
const JITTER_MS = 250;

/** What a page knows about itself. Times are monotonic milliseconds. */
export interface PageSignals {
  visible: boolean;
  /** The current stretch of input: its first event, and its last. */
  input: { from: number; last: number };
  /** The current or last stretch of playing media; `until` is undefined while it plays. */
  media?: { from: number; until?: number };
  /** Focus is in a field where the user writes. */
  inComposeField: boolean;
  /** The last key typed into such a field. */
  lastComposeKeyAt: number;
}

/** Input at `now`: it extends the current stretch, or starts a new one after 15 s without. */
export function noteInput(signals: PageSignals, now: number): void {
  if (now - signals.input.last > INPUT_WINDOW_MS) signals.input = { from: now, last: now };
  else signals.input.last = now;
}

/** Media in the page started or stopped playing at `now`. */
export function noteMedia(signals: PageSignals, playing: boolean, now: number): void {
  const isPlaying = signals.media !== undefined && signals.media.until === undefined;
  if (playing && !isPlaying) signals.media = { from: now };
  else if (!playing && signals.media && isPlaying) signals.media.until = now;
}

/** The attended part of a tick, in monotonic time, and its mode. */
export interface AttendedPart {
  from: number;
  to: number;
  mode: Mode;
}

/**
 * The part of the tick from `since` to `now` that counts: the page is visible and it lies within 15 s after
 * input or while media plays (../shared/product.md). Computed to the millisecond, so the 15 s after a
 * last input count as 15 s, not as the ticks that happen to fall in them.
 */
export function attendedPart(signals: PageSignals, since: number, now: number): AttendedPart | undefined {
  if (!signals.visible) return undefined;
  const stretches = [{ from: signals.input.from, to: signals.input.last + INPUT_WINDOW_MS }];
  if (signals.media) stretches.push({ from: signals.media.from, to: signals.media.until ?? now });
  const parts = stretches
    .map(({ from, to }) => ({ from: Math.max(from, since), to: Math.min(to, now) }))
    .filter(({ from, to }) => to > from);
  if (parts.length === 0) return undefined;
  const from = Math.min(...parts.map((part) => part.from));
  const to = Math.max(...parts.map((part) => part.to));
  const writing = signals.inComposeField && to - signals.lastComposeKeyAt <= INPUT_WINDOW_MS;
  return { from, to, mode: writing ? 'participant' : 'spectator' };
}

/** A stretch of counted seconds in one mode on one page type. `start` and `end` are epoch milliseconds. */
export interface Run {
  pageType: PageType;
  mode: Mode;
  start: number;
  end: number;
}

/** Collects a page's counted seconds into runs until they are taken to be sent. */
export interface RunRecorder {
  /** One tick at `at`; `part` is what counted of the time since the previous tick (see `sinceLastTick`). */
  tick(at: { wall: number; monotonic: number }, part: AttendedPart | undefined, pageType: PageType): void;
  /** The monotonic time of the previous tick. */
  sinceLastTick(): number;
  /** The runs so far; they are forgotten until `giveBack` returns them (a send that failed). */
  take(): Run[];
  giveBack(runs: Run[]): void;
  pending(): number;
}

export function createRunRecorder(startedAt: { wall: number; monotonic: number }): RunRecorder {
  let runs: Run[] = [];
  let previous = startedAt;

  return {
    tick(at, part, pageType) {
      const elapsed = at.monotonic - previous.monotonic;
      const wallElapsed = at.wall - previous.wall;
      previous = at;
      if (!part || elapsed <= 0 || elapsed > MAX_TICK_MS) return;
      const toWall = (monotonic: number) => Math.round(at.wall - (at.monotonic - monotonic));
      const start = toWall(part.from);
      const end = toWall(part.to);
      const last = runs.at(-1);
      // A wall clock set back or forward between ticks: the time counts, in a run of its own.
      const clockKept = Math.abs(wallElapsed - elapsed) <= JITTER_MS;
      const continues =
        last?.mode === part.mode && last.pageType === pageType && Math.abs(start - last.end) <= JITTER_MS;
      if (last && continues && clockKept) last.end = end;
      else runs.push({ pageType, mode: part.mode, start, end });
    },
    sinceLastTick() {
      return previous.monotonic;
    },
    take() {
      const taken = runs;
      runs = [];
      return taken;
    },
    giveBack(returned) {
      runs = [...returned, ...runs];
    },
    pending() {
      return runs.length;
    },
  };
}
