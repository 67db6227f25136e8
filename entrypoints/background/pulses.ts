import { attendedParts } from '@/utils/attention';
import { getDb } from '@/utils/db';
import type { MessageSender, PulseMessage, Responses } from '@/utils/messages';
import { type AttendedRun, recordAttention } from '@/utils/recorder';
import { readSettings } from '@/utils/settings';
import { attentionTimeline } from './attention';

/** Stores a page's pulse: its seconds cut to when its tab had attention, and its actions. */
export async function recordPulse(pulse: PulseMessage, sender: MessageSender): Promise<Responses['pulse']> {
  const tabId = sender.tab?.id;
  const { settings } = await readSettings();
  const private_ = sender.tab?.incognito === true && !settings.trackPrivateWindows;
  // Not recorded, but answered: the page must not keep resending what the user chose not to track.
  if (tabId === undefined || private_ || !settings.platforms[pulse.platform].track) return { recorded: false };
  const timeline = await attentionTimeline();
  const runs: AttendedRun[] = pulse.runs.flatMap((run) =>
    attendedParts(timeline, tabId, run).map((part) => ({
      platform: pulse.platform,
      pageType: run.pageType,
      mode: run.mode,
      ...part,
    })),
  );
  const actions = pulse.actions.map((action) => ({ platform: pulse.platform, ...action }));
  await recordAttention(getDb(), runs, actions);
  return { recorded: true };
}
