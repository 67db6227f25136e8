import { For, Show } from 'solid-js';
import { actionsByMode, attentionSeconds, spectatorShare } from '@/utils/aggregate';
import { formatCount, formatMinutes, formatPercent } from '@/utils/format';
import { t } from '@/utils/i18n';
import type { Totals } from '@/utils/totals';

/** Today at a glance: time, the two modes with their share, the actions of each, and one sentence. */
export function Today(props: { totals: Totals }) {
  const share = () => spectatorShare(props.totals);
  const actions = () => actionsByMode(props.totals);
  return (
    <section aria-labelledby="today-title" class="today">
      <h2 id="today-title">{t('popup_today')}</h2>
      <Show when={share() !== undefined} fallback={<p>{t('popup_nothingToday')}</p>}>
        <p class="sentence" data-testid="today-sentence">
          {t('popup_todaySentence', formatPercent(share() ?? 0))}
        </p>
        <p>
          {t('popup_totalTime')}{' '}
          <strong data-testid="today-total">{formatMinutes(attentionSeconds(props.totals))}</strong>
        </p>
        <div class="modes">
          <For each={['spectator', 'participant'] as const}>
            {(mode) => (
              <div class={`mode ${mode}`} data-mode={mode}>
                <h3>{t(`mode_${mode}`)}</h3>
                <p class="minutes" data-testid={`${mode}-minutes`}>
                  {formatMinutes(props.totals[`${mode}Seconds`])}{' '}
                  <span class="muted">
                    ({formatPercent(mode === 'spectator' ? (share() ?? 0) : 1 - (share() ?? 0))})
                  </span>
                </p>
                <ul class="counts">
                  <For each={actions()[mode]}>
                    {([kind, count]) => (
                      <li data-kind={kind}>
                        <span>{t(`action_${kind}`)}</span> <strong>{formatCount(count)}</strong>
                      </li>
                    )}
                  </For>
                </ul>
              </div>
            )}
          </For>
        </div>
      </Show>
    </section>
  );
}
