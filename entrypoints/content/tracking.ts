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
const INPUT_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart', 'scroll'] as const;

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

  const onInput = (event: Event) => {
    if (!event.isTrusted) return;
    input();
    const target = event.composedPath()[0];
    if (event.type === 'keydown' && target instanceof Element && isComposeField(platform, target))
      signals.lastComposeKeyAt = signals.input.last;
  };
  for (const type of INPUT_EVENTS) ctx.addEventListener(window, type, onInput, { capture: true, passive: true });
  ctx.addEventListener(window, 'focus', input);
  // Known when focus moves, not looked up every second: composer selectors may use :has(), which is
  // costly on a long feed (measured: 17 ms over the benchmark feed when checked each tick).
  const onFocusChange = () => {
    const focused = deepActiveElement();
    signals.inComposeField = !!focused && focused !== document.body && isComposeField(platform, focused);
  };
  ctx.addEventListener(window, 'focusin', onFocusChange, { capture: true });
  ctx.addEventListener(window, 'focusout', () => setTimeout(onFocusChange), { capture: true });

  const onMedia = (event: Event) => {
    const media = event.target;
    if (!(media instanceof HTMLMediaElement)) return;
    if (event.type === 'playing') playing.add(media);
    else playing.delete(media);
    noteMedia(signals, playing.size > 0, clock.monotonic());
  };
  for (const type of ['playing', 'pause', 'ended', 'emptied', 'waiting'] as const)
    ctx.addEventListener(document, type, onMedia, { capture: true });

  function record(kind: ActionKind | undefined): void {
    if (!kind) return;
    const at = clock.wall();
    const last = actions.at(-1);
    if (last?.kind === kind && at - last.at < SAME_ACTION_MS) return;
    actions.push({ kind, at });
  }
  const targetOf = (event: Event) => event.composedPath()[0];
  ctx.addEventListener(
    window,
    'click',
    (event) => {
      const target = targetOf(event);
      if (event.isTrusted && target instanceof Element) record(actionOfClick(platform, target));
    },
    { capture: true },
  );
  ctx.addEventListener(
    window,
    'keydown',
    (event) => {
      const target = targetOf(event);
      if (event.isTrusted && target instanceof Element) record(actionOfKey(platform, event, target));
    },
    { capture: true },
  );
  ctx.addEventListener(
    window,
    'submit',
    (event) => {
      if (event.isTrusted && event.target instanceof Element) record(actionOfSubmit(platform, event.target));
    },
    { capture: true },
  );

  function tick(visible = document.visibilityState === 'visible'): void {
    signals.visible = visible;
    for (const media of playing) if (media.paused || media.ended || !media.isConnected) playing.delete(media);
    noteMedia(signals, playing.size > 0, clock.monotonic());
    const at = now();
    recorder.tick(at, attendedPart(signals, recorder.sinceLastTick(), at.monotonic), pageType());
  }
  ctx.setInterval(() => tick(), TICK_MS);

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
  ctx.setInterval(() => void report(), PULSE_MS);
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
