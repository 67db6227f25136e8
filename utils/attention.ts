import type { Interval } from './days';

/** From `at` (epoch ms) on, tab `tabId` has the user's attention; undefined: no tab (browser unfocused, locked). */
export interface AttentionChange {
  at: number;
  tabId: number | undefined;
}

/** Attention changes, oldest first: enough history to check pulses that arrive late. */
export type AttentionTimeline = readonly AttentionChange[];

/** Pulses older than this cannot be checked any more and are dropped: a page retries every pulse. */
export const TIMELINE_KEEP_MS = 30 * 60_000;

/** The timeline with `change` added; history older than the keep time is dropped. */
export function withChange(timeline: AttentionTimeline, change: AttentionChange): AttentionTimeline {
  const earlier = timeline.filter((entry) => entry.at <= change.at);
  const last = earlier.at(-1);
  if (last && last.tabId === change.tabId) return timeline;
  const later = timeline.filter((entry) => entry.at > change.at);
  const updated = [...earlier, change, ...later];
  // Keep the newest change before the cut-off: it says who held attention at the cut-off.
  const cutoff = change.at - TIMELINE_KEEP_MS;
  const firstKept = Math.max(
    0,
    updated.findLastIndex((entry) => entry.at <= cutoff),
  );
  return updated.slice(firstKept);
}

/** The tab holding attention at the end of the timeline. */
export function currentHolder(timeline: AttentionTimeline): number | undefined {
  return timeline.at(-1)?.tabId;
}

/** The parts of `interval` during which `tabId` held attention. Before the timeline's start, nobody did. */
export function attendedParts(timeline: AttentionTimeline, tabId: number, interval: Interval): Interval[] {
  const parts: Interval[] = [];
  for (const [index, change] of timeline.entries()) {
    if (change.tabId !== tabId) continue;
    const until = timeline[index + 1]?.at ?? Number.POSITIVE_INFINITY;
    const start = Math.max(interval.start, change.at);
    const end = Math.min(interval.end, until);
    if (end > start) parts.push({ start, end });
  }
  return parts;
}
