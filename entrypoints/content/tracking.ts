import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { actionOfClick, actionOfKey, actionOfSubmit, isComposeField } from '@/utils/actions';
import {
  attendedPart,
  createRunRecorder,
  noteInput,
  noteMedia,
  type PageSignals,
  PULSE_MS,
  TICK_MS,
} from '@/utils/activity';
import { TIMELINE_KEEP_MS } from '@/utils/attention';
import { clock } from '@/utils/clock';
import type { PulseMessage } from '@/utils/messages';
import { isAttentionGiven } from '@/utils/page-settings';
import type { PlatformId } from '@/utils/platforms';
import type { Platform } from '@/utils/platforms/types';
import type { ActionKind, PageType } from '@/utils/vocabulary';

/** A second click on the same control, or a click and the submit it causes, is one action. */
const SAME_ACTION_MS = 500;
const TICKS_PER_PULSE = Math.round(PULSE_MS / TICK_MS);
/**
 * Input a person makes (touch also raises pointer events), and the actions among it. Scroll events are left
 * out: pages scroll themselves too, and a person's scrolling comes with wheel, pointer or key input.
 */
const USER_EVENTS = ['pointerdown', 'pointermove', 'wheel', 'keydown', 'click', 'submit'] as const;

/** Measures this page's attention seconds and the user's actions, and reports them to the background. */
export function startTracking(ctx: ContentScriptContext, platform: Platform<PlatformId>, pageType: () => PageType) {
  const now = () => ({ wall: clock.wall(), monotonic: clock.monotonic() });
  const recorder = createRunRecorder(now());
  // Opening or reloading the page is input: a person did it.
  const signals: PageSignals = {
    visible: true,
    input: { from: clock.monotonic(), last: clock.monotonic() },
    inComposeField: false,
    lastComposeKeyAt: Number.NEGATIVE_INFINITY,
  };
  const input = () => noteInput(signals, clock.monotonic());
  const playing = new Set<HTMLMediaElement>();
  let actions: PulseMessage['actions'] = [];
  let sending = false;

  function record(kind: ActionKind | undefined): void {
    if (!kind) return;
    const at = clock.wall();
    const last = actions.at(-1);
    if (last?.kind === kind && at - last.at < SAME_ACTION_MS) return;
    actions.push({ kind, at });
  }

  const onUserEvent = (event: Event) => {
    if (!event.isTrusted) return;
    if (event.type === 'submit') {
      if (event.target instanceof Element) record(actionOfSubmit(platform, event.target));
      return;
    }
    input();
    const target = event.composedPath()[0];
    if (!(target instanceof Element)) return;
    if (event.type === 'click') record(actionOfClick(platform, target));
    else if (event.type === 'keydown') {
      if (isComposeField(platform, target)) signals.lastComposeKeyAt = signals.input.last;
      record(actionOfKey(platform, event as KeyboardEvent, target));
    }
  };
  for (const type of USER_EVENTS) ctx.addEventListener(window, type, onUserEvent, { capture: true, passive: true });

  // Focus does not bubble, but a capturing listener on the window hears both the window's and every element's.
  // Known when focus moves, not looked up every second: composer selectors may use :has(), which is
  // costly on a long feed (measured: 17 ms over the benchmark feed when checked each tick).
  const onFocusChange = (event: Event) => {
    if (event.target === window) {
      if (event.type === 'focus') input();
      return;
    }
    const focused = event.type === 'focus' ? deepActiveElement() : null;
    signals.inComposeField = !!focused && focused !== document.body && isComposeField(platform, focused);
  };
  for (const type of ['focus', 'blur'] as const) ctx.addEventListener(window, type, onFocusChange, { capture: true });

  // Media that ends, empties or leaves the page is also found by each tick.
  const onMedia = (event: Event) => {
    const media = event.target;
    if (!(media instanceof HTMLMediaElement)) return;
    if (event.type === 'playing') playing.add(media);
    else playing.delete(media);
    noteMedia(signals, playing.size > 0, clock.monotonic());
  };
  for (const type of ['playing', 'pause', 'waiting'] as const)
    ctx.addEventListener(document, type, onMedia, { capture: true });

  function tick(visible = document.visibilityState === 'visible'): void {
    signals.visible = visible;
    for (const media of playing) if (media.paused || media.ended || !media.isConnected) playing.delete(media);
    noteMedia(signals, playing.size > 0, clock.monotonic());
    const at = now();
    recorder.tick(at, attendedPart(signals, recorder.sinceLastTick(), at.monotonic), pageType());
  }

  /** Reports at once when the page is hidden or left, with the part of a second it was still seen. */
  function reportNow(): void {
    tick(true);
    void report();
  }

  async function report(): Promise<void> {
    if (sending || (recorder.pending() === 0 && actions.length === 0)) return;
    sending = true;
    const runs = recorder.take();
    const sent = actions;
    actions = [];
    const message: PulseMessage = { type: 'pulse', platform: platform.id, runs, actions: sent };
    const answer = await browser.runtime.sendMessage(message).catch(() => undefined);
    if (!answer) {
      // The background is restarting: keep everything for the next pulse; storing twice is harmless.
      // Seconds older than the background's attention history could not be checked any more.
      const checkable = clock.wall() - TIMELINE_KEEP_MS;
      recorder.giveBack(runs.filter((run) => run.end > checkable));
      actions = [...sent, ...actions];
    }
    sending = false;
  }
  let ticks = 0;
  ctx.setInterval(() => {
    tick();
    if (++ticks % TICKS_PER_PULSE === 0) void report();
  }, TICK_MS);
  ctx.addEventListener(document, 'visibilitychange', () => {
    if (document.visibilityState === 'visible') input();
    else reportNow();
  });
  ctx.addEventListener(window, 'pagehide', reportNow);

  const onMessage = (raw: unknown) => {
    if (isAttentionGiven(raw)) input();
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
}

/** The focused element, looked for inside open shadow roots too. */
function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
