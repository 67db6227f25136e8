import { createResource, Show } from 'solid-js';
import { browser } from 'wxt/browser';
import { PageHeader } from '@/components/PageHeader';
import { PrivacyNote } from '@/components/PrivacyNote';
import { hasAnyData } from '@/utils/db';
import { t } from '@/utils/i18n';
import { ThisSite } from './ThisSite';

/** The popup: for now the first-day explanation; the numbers arrive with the tracking. */
export function App() {
  const [hasData] = createResource(hasAnyData);
  return (
    <main aria-busy={hasData.loading}>
      <PageHeader />
      <ThisSite />
      <Show when={hasData() === false}>
        <section aria-labelledby="empty-title" data-testid="empty-state">
          <h2 id="empty-title">{t('popup_emptyTitle')}</h2>
          <p>{t('popup_emptyBody')}</p>
          <p>{t('popup_emptyNext')}</p>
        </section>
      </Show>
      <PrivacyNote />
      <div class="actions">
        <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('openSettings')}
        </button>
      </div>
    </main>
  );
}
