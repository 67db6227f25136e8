import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { readDiagnostics, updateDiagnostics } from '@/utils/diagnostics';
import { listenForMessages, type Message, type Responses } from '@/utils/messages';
import { createSerialQueue } from '@/utils/serial';
import { applySettingsPatch, readSettings, writeSettings } from '@/utils/settings';
import { syncUserHostScripts } from '@/utils/user-hosts';

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

/** Messages the background answers; `showCountsForNow` is for content scripts. */
type BackgroundMessage = Exclude<Message, { type: 'showCountsForNow' }>;

async function syncUserHosts(): Promise<void> {
  await syncUserHostScripts((await readSettings()).settings.mastodonHosts);
}

async function handleMessage(message: BackgroundMessage): Promise<Responses[BackgroundMessage['type']]> {
  switch (message.type) {
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
    listenForMessages(
      (message) => (message.type === 'showCountsForNow' ? undefined : started.then(() => handleMessage(message))),
      () => updateDiagnostics((current) => ({ ...current, droppedMessages: current.droppedMessages + 1 })),
    );
  },
});
