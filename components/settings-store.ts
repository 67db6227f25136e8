import { createSignal, onCleanup } from 'solid-js';
import { send } from '@/utils/messages';
import { DEFAULT_SETTINGS, readSettings, type SettingsPatch, watchSettings } from '@/utils/settings';

/** Live settings for a page, and the one way a page changes them: a message to the background. */
export function createSettingsStore() {
  const [settings, setSettings] = createSignal(DEFAULT_SETTINGS);
  const [problem, setProblem] = createSignal<string>();
  void readSettings().then((parsed) => setSettings(parsed.settings));
  onCleanup(watchSettings(setSettings));

  /** Asks the background to apply `patch`; a refusal or no answer shows up in `problem()`. */
  async function change(patch: SettingsPatch): Promise<void> {
    const answer = await send({ type: 'changeSettings', patch });
    if (!answer) setProblem('noAnswer');
    else if (!answer.ok) setProblem(answer.problems.join(', '));
    else {
      setProblem(undefined);
      setSettings(answer.settings);
    }
  }
  return { settings, problem, change };
}
