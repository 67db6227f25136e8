import { createResource, For, Show } from 'solid-js';
import { browser } from 'wxt/browser';
import { PageHeader } from '@/components/PageHeader';
import { PrivacyNote } from '@/components/PrivacyNote';
import { createSettingsStore } from '@/components/settings-store';
import { t } from '@/utils/i18n';
import { send } from '@/utils/messages';
import { PLATFORMS } from '@/utils/platforms';

/** The options page: counters per platform, and about. More sections arrive with their issues. */
export function App() {
  const { settings, problem, change } = createSettingsStore();
  const [diagnostics] = createResource(() => send({ type: 'getDiagnostics' }));
  const repaired = () => diagnostics()?.repairedSettings ?? [];

  return (
    <main>
      <PageHeader title={t('options_title')} />
      <Show when={repaired().length > 0}>
        <p role="alert">{t('options_repaired', repaired().join(', '))}</p>
      </Show>
      <Show when={problem()}>
        {(reason) => (
          <p role="alert" class="error">
            {reason() === 'noAnswer' ? t('options_noAnswer') : t('options_saveFailed', reason())}
          </p>
        )}
      </Show>
      <section aria-labelledby="counters-heading">
        <h2 id="counters-heading">{t('options_countersHeading')}</h2>
        <p class="muted">{t('options_countersHelp')}</p>
        <ul class="switches">
          <For each={PLATFORMS}>
            {(platform) => (
              <li>
                <label>
                  <input
                    type="checkbox"
                    data-platform={platform.id}
                    checked={settings().platforms[platform.id].hide}
                    onChange={(event) =>
                      void change({ platforms: { [platform.id]: { hide: event.currentTarget.checked } } })
                    }
                  />
                  {t('options_hideOn', platform.name)}
                </label>
              </li>
            )}
          </For>
        </ul>
      </section>
      <section aria-labelledby="about-heading">
        <h2 id="about-heading">{t('options_aboutHeading')}</h2>
        <p>{t('options_version', browser.runtime.getManifest().version)}</p>
        <PrivacyNote />
      </section>
    </main>
  );
}
