import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { clock } from '@/utils/clock';
import { getDb } from '@/utils/db';
import { readDiagnostics, updateDiagnostics } from '@/utils/diagnostics';
import { listenForMessages, type Message, type MessageSender, type Responses } from '@/utils/messages';
import { pruneRawData } from '@/utils/recorder';
import { createSerialQueue } from '@/utils/serial';
import { applySettingsPatch, readSettings, writeSettings } from '@/utils/settings';
import { followAttention, startAttention } from './attention';
import { deleteAllData, getSummaries, importData } from './data';
import { recordPulse } from './pulses';
import { syncUserHostScripts } from './user-hosts';

const PRUNE_ALARM = 'prune-raw-data';

// Changes are read-modify-write: applied one at a time, two quick clicks both count.
const inOrder = createSerialQueue();

/** The one function through which every settings change passes (a parent's PIN guard will sit here). */
function changeSettings(patch: unknown): Promise<Responses['changeSettings']> {
  return inOrder(() => applySettingsChange(patch));
}

async function applySettingsChange(patch: unknown): Promise<Responses['changeSettings']> {
  const { settings } = await readSettings();
  const result = applySettingsPatch(settings, patch);
  if (!result.ok) return result;
  await writeSettings(result.settings);
  if (result.settings.mastodonHosts.join() !== settings.mastodonHosts.join()) {
    // The change is saved either way; a failed registration is retried at the next start.
    await syncUserHostScripts(result.settings.mastodonHosts).catch((error: unknown) =>
      console.error('[betrokken] registering added servers failed', error),
    );
  }
  return result;
}

/** Replaces invalid stored settings by their defaults once, and remembers what was reset. */
async function repairStoredSettings(): Promise<void> {
  const { settings, problems } = await readSettings();
  if (problems.length === 0) return;
  await writeSettings(settings);
  await updateDiagnostics((current) => ({ ...current, repairedSettings: problems }));
}

/** Messages the background answers; the others are for content scripts. */
type BackgroundMessage = Exclude<Message, { type: 'showCountsForNow' | 'attentionGiven' }>;
const isForBackground = (message: Message): message is BackgroundMessage =>
  message.type !== 'showCountsForNow' && message.type !== 'attentionGiven';

/** Raw slices and actions are kept for the chosen number of days; daily totals until the user deletes them. */
async function pruneOldData(): Promise<void> {
  await pruneRawData(getDb(), clock.wall(), (await readSettings()).settings.retentionDays);
}

// Created once: re-creating it at every worker start would push it back for ever.
async function ensurePruneAlarm(): Promise<void> {
  if (!(await browser.alarms.get(PRUNE_ALARM)))
    await browser.alarms.create(PRUNE_ALARM, { periodInMinutes: 24 * 60, delayInMinutes: 60 });
}

async function syncUserHosts(): Promise<void> {
  await syncUserHostScripts((await readSettings()).settings.mastodonHosts);
}

async function handleMessage(
  message: BackgroundMessage,
  sender: MessageSender,
): Promise<Responses[BackgroundMessage['type']]> {
  switch (message.type) {
    case 'pulse':
      return recordPulse(message, sender);
    case 'getSummaries':
      return getSummaries(message.period, message.from, message.to);
    case 'importData':
      return importData(message.file);
    case 'deleteAllData':
      return deleteAllData();
    case 'changeSettings':
      return changeSettings(message.patch);
    case 'getDiagnostics':
      return readDiagnostics();
  }
}

export default defineBackground({
  main() {
    // Messages wait for the start-up repair so no change can interleave with it.
    const started = repairStoredSettings()
      .then(syncUserHosts)
      .catch((error: unknown) => console.error('[betrokken] start-up failed', error));
    browser.permissions.onRemoved.addListener(() => void syncUserHosts());
    followAttention();
    const attending = startAttention().catch((error: unknown) => console.error('[betrokken] attention', error));
    browser.alarms.onAlarm.addListener((alarm) => alarm.name === PRUNE_ALARM && void pruneOldData());
    void ensurePruneAlarm();
    listenForMessages(
      (message, sender) =>
        isForBackground(message)
          ? Promise.all([started, attending]).then(() => handleMessage(message, sender))
          : undefined,
      () => updateDiagnostics((current) => ({ ...current, droppedMessages: current.droppedMessages + 1 })),
    );
  },
});
