import { defineBackground } from 'wxt/utils/define-background';
import { readDiagnostics, updateDiagnostics } from '@/utils/diagnostics';
import { listenForMessages, type Message, type Responses } from '@/utils/messages';
import { applySettingsPatch, readSettings, writeSettings } from '@/utils/settings';

/** The one function through which every settings change passes (a parent's PIN guard will sit here). */
async function changeSettings(patch: unknown): Promise<Responses['changeSettings']> {
  const { settings } = await readSettings();
  const result = applySettingsPatch(settings, patch);
  if (result.ok) await writeSettings(result.settings);
  return result;
}

/** Replaces invalid stored settings by their defaults once, and remembers what was reset. */
async function repairStoredSettings(): Promise<void> {
  const { settings, problems } = await readSettings();
  if (problems.length === 0) return;
  await writeSettings(settings);
  await updateDiagnostics((current) => ({ ...current, repairedSettings: problems }));
}

async function handleMessage(message: Message): Promise<Responses[Message['type']]> {
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
    const started = repairStoredSettings().catch((error: unknown) => console.error('[betrokken] repair failed', error));
    listenForMessages(
      async (message) => {
        await started;
        return handleMessage(message);
      },
      () => updateDiagnostics((current) => ({ ...current, droppedMessages: current.droppedMessages + 1 })),
    );
  },
});
