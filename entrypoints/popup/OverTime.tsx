import { For, Show } from 'solid-js';
import {
  attentionSeconds,
  dailySeries,
  lastDays,
  participationChange,
  periodTotals,
  RANGES,
  type Range,
  spectatorShare,
} from '@/utils/aggregate';
import { formatMinutes, formatPercent } from '@/utils/format';
import { t } from '@/utils/i18n';
import { PLATFORMS } from '@/utils/platforms';
import type { Summary } from '@/utils/totals';
import { DayChart } from './DayChart';

const nameOf = (id: string) => PLATFORMS.find((platform) => platform.id === id)?.name ?? id;

/** The last 7, 30 or 90 days: the chart, the comparison with the days before, and each platform. */
export function OverTime(props: { rows: Summary[]; now: number; range: Range; onRange: (range: Range) => void }) {
  const range = () => props.range;
  const days = () => lastDays(props.now, range() * 2);
  const current = () => days().slice(range());
  const totals = () => periodTotals(props.rows, current());
  const before = () => periodTotals(props.rows, days().slice(0, range()));
  const change = () => participationChange(totals().all, before().all);
  const participation = (share: number | undefined) => formatPercent(1 - (share ?? 1));

  return (
    <section aria-labelledby="over-time-title" class="over-time">
      <h2 id="over-time-title">{t('popup_overTime')}</h2>
      <fieldset class="ranges">
        <legend class="visually-hidden">{t('popup_rangeLabel')}</legend>
        <For each={RANGES}>
          {(days) => (
            <button type="button" aria-pressed={range() === days} onClick={() => props.onRange(days)}>
              {t('popup_rangeDays', String(days))}
            </button>
          )}
        </For>
      </fieldset>
      <DayChart series={dailySeries(props.rows, current())} />
      <p data-testid="comparison">
        <Show when={change()} fallback={t('popup_compareNone')}>
          {(direction) =>
            t(
              `popup_compare_${direction()}`,
              String(range()),
              participation(spectatorShare(totals().all)),
              participation(spectatorShare(before().all)),
            )
          }
        </Show>
      </p>
      <Show when={totals().platforms.length > 0}>
        <h3>{t('popup_perPlatform')}</h3>
        <table class="platforms" data-testid="per-platform">
          <thead>
            <tr>
              <th scope="col">{t('popup_platform')}</th>
              <th scope="col">{t('popup_total')}</th>
              <th scope="col">{t('mode_participant')}</th>
            </tr>
          </thead>
          <tbody>
            <For each={totals().platforms}>
              {([platform, platformTotals]) => (
                <tr data-platform={platform}>
                  <th scope="row">{nameOf(platform)}</th>
                  <td>{formatMinutes(attentionSeconds(platformTotals))}</td>
                  <td>{participation(spectatorShare(platformTotals))}</td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </Show>
    </section>
  );
}
