import { describe, expect, it } from 'vitest';
import {
  attendedPart,
  createRunRecorder,
  INPUT_WINDOW_MS,
  noteInput,
  noteMedia,
  type PageSignals,
  TICK_MS,
} from '@/utils/activity';
import type { Mode } from '@/utils/vocabulary';

const T0 = Date.UTC(2026, 10, 23, 12); // wall clock at monotonic 0

/** A page followed tick by tick on a fake clock; it was opened (input) at monotonic 0. */
function page() {
  let monotonic = 0;
  let wall = T0;
  const signals: PageSignals = {
    visible: true,
    input: { from: 0, last: 0 },
    inComposeField: false,
    lastComposeKeyAt: Number.NEGATIVE_INFINITY,
  };
  const recorder = createRunRecorder({ wall, monotonic });
  const seconds: Record<Mode, number> = { spectator: 0, participant: 0 };
  const tick = () =>
    recorder.tick({ wall, monotonic }, attendedPart(signals, recorder.sinceLastTick(), monotonic), 'feed');
  return {
    signals,
    recorder,
    /** Lets `count` ticks pass; `each` runs halfway through every tick (input, typing). */
    pass(count: number, each?: (now: number) => void) {
      for (let step = 0; step < count; step++) {
        monotonic += TICK_MS / 2;
        wall += TICK_MS / 2;
        each?.(monotonic);
        monotonic += TICK_MS / 2;
        wall += TICK_MS / 2;
        tick();
      }
    },
    input: (now: number) => noteInput(signals, now),
    now: () => monotonic,
    /** The machine sleeps (or a debugger pauses) for `ms`: both clocks move, no tick runs. */
    sleep(ms: number) {
      monotonic += ms;
      wall += ms;
    },
    setWallClock(by: number) {
      wall += by;
    },
    counted() {
      for (const run of recorder.take()) seconds[run.mode] += (run.end - run.start) / 1000;
      return seconds;
    },
  };
}

describe('attention seconds in a page', () => {
  it('counts exactly 15 seconds after the last input, then nothing until the next input', () => {
    const tab = page();
    tab.pass(60);
    expect(tab.counted()).toEqual({ spectator: INPUT_WINDOW_MS / 1000, participant: 0 });
    tab.pass(5, tab.input); // input halfway through each tick, after a long pause
    expect(tab.counted().spectator).toBe(15 + 4.5); // from the first input on, to the last tick
  });

  it('keeps counting while media plays without input, and stops when it stops', () => {
    const tab = page();
    tab.pass(20);
    noteMedia(tab.signals, true, tab.now()); // a video starts at 20 s, after the input window
    tab.pass(30);
    tab.pass(1, (now) => noteMedia(tab.signals, false, now)); // paused halfway through a tick
    tab.pass(10);
    expect(tab.counted().spectator).toBe(15 + 30.5);
  });

  it('counts typing in a compose field as participant time, and reading after it as spectator time', () => {
    const tab = page();
    tab.signals.inComposeField = true;
    tab.pass(30, (now) => {
      tab.input(now);
      tab.signals.lastComposeKeyAt = now;
    });
    tab.signals.inComposeField = false;
    tab.pass(10, tab.input);
    expect(tab.counted()).toEqual({ spectator: 10, participant: 30 });
  });

  it('counts focus in a compose field without typing as spectator time', () => {
    const tab = page();
    tab.signals.inComposeField = true;
    tab.pass(10, tab.input);
    expect(tab.counted()).toEqual({ spectator: 10, participant: 0 });
  });

  it('counts nothing while the page is hidden', () => {
    const tab = page();
    tab.signals.visible = false;
    noteMedia(tab.signals, true, 0);
    tab.pass(20, tab.input);
    expect(tab.counted()).toEqual({ spectator: 0, participant: 0 });
  });

  it('adds nothing for a sleep, a paused debugger or a tick that came too late', () => {
    const tab = page();
    noteMedia(tab.signals, true, 0);
    tab.pass(5);
    tab.sleep(3 * 60 * 60_000);
    tab.pass(5);
    expect(tab.counted().spectator).toBe(9); // the tick after the sleep measured the sleep: it counts nothing
  });

  it('counts a second across a wall-clock change once, in a run of its own', () => {
    const tab = page();
    noteMedia(tab.signals, true, 0);
    tab.pass(5);
    tab.setWallClock(-60 * 60_000); // the clock is set back an hour
    tab.pass(5);
    const runs = tab.recorder.take();
    expect(runs).toHaveLength(2);
    expect(runs.reduce((sum, run) => sum + run.end - run.start, 0)).toBe(10_000);
  });

  it('stamps whole milliseconds, which is all a pulse may carry, from a monotonic clock with fractions', () => {
    const recorder = createRunRecorder({ wall: T0, monotonic: 0.25 });
    const part = { from: 0.25, to: 1000.6, mode: 'spectator' as const };
    recorder.tick({ wall: T0 + 1000, monotonic: 1000.6 }, part, 'feed');
    const [run] = recorder.take();
    expect(Number.isInteger(run?.start) && Number.isInteger(run?.end)).toBe(true);
  });

  it('makes one run of consecutive seconds and gives back runs a failed send took', () => {
    const tab = page();
    noteMedia(tab.signals, true, 0);
    tab.pass(15);
    const taken = tab.recorder.take();
    expect(taken).toEqual([{ pageType: 'feed', mode: 'spectator', start: T0, end: T0 + 15_000 }]);
    tab.pass(1);
    tab.recorder.giveBack(taken);
    expect(tab.recorder.take().map((run) => run.end - run.start)).toEqual([15_000, 1000]);
  });
});

describe('stretches of input and media', () => {
  it('starts a new stretch of input only after 15 s without', () => {
    const signals: PageSignals = {
      visible: true,
      input: { from: 0, last: 0 },
      inComposeField: false,
      lastComposeKeyAt: 0,
    };
    noteInput(signals, 10_000);
    expect(signals.input).toEqual({ from: 0, last: 10_000 });
    noteInput(signals, 40_000);
    expect(signals.input).toEqual({ from: 40_000, last: 40_000 });
    expect(attendedPart(signals, 39_000, 41_000)).toEqual({ from: 40_000, to: 41_000, mode: 'spectator' });
  });
});
