import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { type AttentionTimeline, currentHolder, withChange } from '@/utils/attention';
import { clock } from '@/utils/clock';
import { sendToTab } from '@/utils/messages';
import { createSerialQueue } from '@/utils/serial';

/** Which tab has the user's attention, kept in session storage so a restarted worker still knows. */
interface AttentionState {
  /** null: no browser window has focus (another application has). */
  focusedWindowId: number | null | undefined;
  timeline: AttentionTimeline;
}

const stateItem = storage.defineItem<AttentionState | null>('session:attention', { fallback: null });
const inOrder = createSerialQueue();

/** The attention timeline: which tab held attention when. */
export async function attentionTimeline(): Promise<AttentionTimeline> {
  return (await inOrder(() => stateItem.getValue()))?.timeline ?? [];
}

/** Records that `tabId` (undefined: no tab) has attention from now on; `windowId`, if given, is focused. */
function giveAttention(tabId: number | undefined, windowId?: number | null): Promise<void> {
  return inOrder(async () => {
    const state = (await stateItem.getValue()) ?? { focusedWindowId: undefined, timeline: [] };
    const focusedWindowId = windowId === undefined ? state.focusedWindowId : windowId;
    const timeline = withChange(state.timeline, { at: clock.wall(), tabId });
    const changed = currentHolder(timeline) !== currentHolder(state.timeline) || state.timeline.length === 0;
    await stateItem.setValue({ focusedWindowId, timeline });
    // Switching to a tab is input, as a person clicks to do it (../shared/product.md).
    if (changed && tabId !== undefined) void sendToTab(tabId, { type: 'attentionGiven' });
  });
}

async function activeTabOf(windowId: number): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, windowId });
  return tab?.id;
}

async function focusedWindowId(): Promise<number | null | undefined> {
  return (await stateItem.getValue())?.focusedWindowId;
}

/** Follows window focus, tab switches and screen locks; only the focused window's active tab has attention. */
export function followAttention(): void {
  browser.windows.onFocusChanged.addListener(async (windowId) => {
    if (windowId === browser.windows.WINDOW_ID_NONE) await giveAttention(undefined, null);
    else await giveAttention(await activeTabOf(windowId), windowId);
  });
  browser.tabs.onActivated.addListener(async ({ tabId, windowId }) => {
    const focused = await focusedWindowId();
    if (focused === undefined || focused === windowId) await giveAttention(tabId, windowId);
  });
  browser.tabs.onRemoved.addListener(async (tabId) => {
    if (currentHolder(await attentionTimeline()) === tabId) await giveAttention(undefined);
  });
  browser.idle.setDetectionInterval(15);
  browser.idle.onStateChanged.addListener(async (state) => {
    if (state === 'locked') await giveAttention(undefined);
    else if (state === 'active') await startFromFocusedWindow();
  });
}

/** At a browser's first start (session storage is empty) and after unlocking: the focused window's tab. */
export async function startFromFocusedWindow(): Promise<void> {
  const window = await browser.windows.getLastFocused().catch(() => undefined);
  if (window?.id === undefined || !window.focused) return;
  await giveAttention(await activeTabOf(window.id), window.id);
}

/** Seeds the state when this browser session has none yet; a restarted worker keeps what it had. */
export async function startAttention(): Promise<void> {
  if ((await stateItem.getValue()) === null) await startFromFocusedWindow();
}
