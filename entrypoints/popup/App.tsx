import { createResource, createSignal, Show } from 'solid-js';
import { browser } from 'wxt/browser';
import { PageHeader } from '@/components/PageHeader';
import { PrivacyNote } from '@/components/PrivacyNote';
import { allPlatforms, lastDays, type Range } from '@/utils/aggregate';
import { clock } from '@/utils/clock';
import { t } from '@/utils/i18n';
import { send } from '@/utils/messages';
import { OverTime } from './OverTime';
import { ThisSite } from './ThisSite';
import { Today } from './Today';

/**
 * The day summaries of `range` days and the `range` days before them, from the background (the popup itself
 * does not bundle the database). Opening reads 14 rows however long Betrokken has been in use.
 */
async function readDays(now: number, range: Range) {
  const days = lastDays(now, 2 * range);
  const answer = await send({ type: 'getSummaries', period: 'day', from: days[0] ?? '', to: days.at(-1) ?? '' });
  return answer ?? { rows: [], recorded: false };
}

/** The popup: today, the last days compared with the days before, this site, and the first-day text. */
export function App() {
  const now = clock.wall();
  const [range, setRange] = createSignal<Range>(7);
  const [rows] = createResource(range, (days) => readDays(now, days));
  const today = () => rows.latest?.rows.find((row) => row.key === lastDays(now, 1)[0]);
  return (
    <main aria-busy={rows.loading}>
      <PageHeader />
      <ThisSite today={today()} />
      <Show when={rows.latest}>
        {(loaded) => (
          <Show
            when={loaded().recorded}
            fallback={
              <section aria-labelledby="empty-title" data-testid="empty-state">
                <h2 id="empty-title">{t('popup_emptyTitle')}</h2>
                <p>{t('popup_emptyBody')}</p>
                <p>{t('popup_emptyNext')}</p>
              </section>
            }
          >
            <Today totals={allPlatforms(today())} />
            <OverTime rows={loaded().rows} now={now} range={range()} onRange={setRange} />
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
