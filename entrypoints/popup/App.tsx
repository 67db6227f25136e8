import { createResource, Show } from 'solid-js';
import { browser } from 'wxt/browser';
import { PageHeader } from '@/components/PageHeader';
import { PrivacyNote } from '@/components/PrivacyNote';
import { allPlatforms, lastDays, RANGES } from '@/utils/aggregate';
import { clock } from '@/utils/clock';
import { t } from '@/utils/i18n';
import { send } from '@/utils/messages';
import { OverTime } from './OverTime';
import { ThisSite } from './ThisSite';
import { Today } from './Today';

/** The longest range with the one before it: every day the popup can show, read in one message. */
const DAYS_READ = 2 * Math.max(...RANGES);

/** The day summaries the popup shows, from the background (the popup itself does not bundle the database). */
async function readDays(now: number) {
  const days = lastDays(now, DAYS_READ);
  const answer = await send({ type: 'getSummaries', period: 'day', from: days[0] ?? '', to: days.at(-1) ?? '' });
  return answer?.rows ?? [];
}

/** The popup: today, the last days compared with the days before, this site, and the first-day text. */
export function App() {
  const now = clock.wall();
  const [rows] = createResource(() => readDays(now));
  const today = () => rows()?.find((row) => row.key === lastDays(now, 1)[0]);
  return (
    <main aria-busy={rows.loading}>
      <PageHeader />
      <ThisSite today={today()} />
      <Show when={rows()}>
        {(loaded) => (
          <Show
            when={loaded().length > 0}
            fallback={
              <section aria-labelledby="empty-title" data-testid="empty-state">
                <h2 id="empty-title">{t('popup_emptyTitle')}</h2>
                <p>{t('popup_emptyBody')}</p>
                <p>{t('popup_emptyNext')}</p>
              </section>
            }
          >
            <Today totals={allPlatforms(today())} />
            <OverTime rows={loaded()} now={now} />
          </Show>
        )}
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
