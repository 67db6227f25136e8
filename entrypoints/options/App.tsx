import { createResource, Show } from 'solid-js';
import { browser } from 'wxt/browser';
import { PageHeader } from '@/components/PageHeader';
import { PrivacyNote } from '@/components/PrivacyNote';
import { createSettingsStore } from '@/components/settings-store';
import { t } from '@/utils/i18n';
import { send } from '@/utils/messages';
import { CounterSettings } from './CounterSettings';
import { MastodonServers } from './MastodonServers';
import { TrackingSettings } from './TrackingSettings';
import { YourData } from './YourData';

/** The options page: counters, what is counted, the user's Mastodon servers, and about. */
export function App() {
  const store = createSettingsStore();
  const [diagnostics] = createResource(() => send({ type: 'getDiagnostics' }));
  const repaired = () => diagnostics()?.repairedSettings ?? [];

  return (
    <main>
      <PageHeader title={t('options_title')} />
      <Show when={repaired().length > 0}>
        <p role="alert">{t('options_repaired', repaired().join(', '))}</p>
      </Show>
      <Show when={store.problem()}>
        {(reason) => (
          <p role="alert" class="error">
            {reason() === 'noAnswer' ? t('options_noAnswer') : t('options_saveFailed', reason())}
          </p>
        )}
      </Show>
      <CounterSettings store={store} />
      <TrackingSettings store={store} />
      <YourData />
      <MastodonServers store={store} />
      <section aria-labelledby="about-heading">
        <h2 id="about-heading">{t('options_aboutHeading')}</h2>
        <p>{t('options_version', browser.runtime.getManifest().version)}</p>
        <PrivacyNote />
      </section>
    </main>
  );
}
