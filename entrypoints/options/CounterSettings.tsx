import { For } from 'solid-js';
import { Switch } from '@/components/Switch';
import type { createSettingsStore } from '@/components/settings-store';
import { t } from '@/utils/i18n';
import { PLATFORMS } from '@/utils/platforms';
import { METRICS } from '@/utils/vocabulary';

/** Where counters are hidden (per platform) and which ones (per metric). */
export function CounterSettings(props: { store: ReturnType<typeof createSettingsStore> }) {
  const { settings, change } = props.store;
  return (
    <section aria-labelledby="counters-heading">
      <h2 id="counters-heading">{t('options_countersHeading')}</h2>
      <p class="muted">{t('options_countersHelp')}</p>
      <div class="columns">
        <fieldset>
          <legend>{t('options_platformsHeading')}</legend>
          <ul class="switches">
            <For each={PLATFORMS}>
              {(platform) => (
                <li>
                  <Switch
                    name={`platforms.${platform.id}.hide`}
                    label={t('options_hideOn', platform.name)}
                    checked={settings().platforms[platform.id].hide}
                    onChange={(hide) => void change({ platforms: { [platform.id]: { hide } } })}
                  />
                </li>
              )}
            </For>
          </ul>
        </fieldset>
        <fieldset>
          <legend>{t('options_metricsHeading')}</legend>
          <ul class="switches">
            <For each={METRICS}>
              {(metric) => (
                <li>
                  <Switch
                    name={`metrics.${metric}`}
                    label={t(`metric_${metric}`)}
                    checked={settings().metrics[metric]}
                    onChange={(hidden) => void change({ metrics: { [metric]: hidden } })}
                  />
                </li>
              )}
            </For>
          </ul>
        </fieldset>
      </div>
    </section>
  );
}
