import { For } from 'solid-js';
import { Switch } from '@/components/Switch';
import type { createSettingsStore } from '@/components/settings-store';
import { t } from '@/utils/i18n';
import { PLATFORMS } from '@/utils/platforms';

/** How long raw slices and actions are kept; daily totals stay until the user deletes them. */
const RETENTION_CHOICES = [30, 90, 180, 365] as const;

/** Where time and actions are counted, in private windows or not, and how long the details are kept. */
export function TrackingSettings(props: { store: ReturnType<typeof createSettingsStore> }) {
  const { settings, change } = props.store;
  return (
    <section aria-labelledby="tracking-heading">
      <h2 id="tracking-heading">{t('options_trackingHeading')}</h2>
      <p class="muted">{t('options_trackingHelp')}</p>
      <ul class="switches">
        <For each={PLATFORMS}>
          {(platform) => (
            <li>
              <Switch
                name={`platforms.${platform.id}.track`}
                label={t('options_trackOn', platform.name)}
                checked={settings().platforms[platform.id].track}
                onChange={(track) => void change({ platforms: { [platform.id]: { track } } })}
              />
            </li>
          )}
        </For>
        <li>
          <Switch
            name="trackPrivateWindows"
            label={t('options_trackPrivate')}
            checked={settings().trackPrivateWindows}
            onChange={(trackPrivateWindows) => void change({ trackPrivateWindows })}
          />
        </li>
      </ul>
      <label class="field">
        {t('options_retention')}
        <select
          data-setting="retentionDays"
          value={settings().retentionDays}
          onChange={(event) => void change({ retentionDays: Number(event.currentTarget.value) })}
        >
          <For each={[...new Set([...RETENTION_CHOICES, settings().retentionDays])].sort((a, b) => a - b)}>
            {(days) => <option value={days}>{t('options_retentionDays', String(days))}</option>}
          </For>
        </select>
      </label>
    </section>
  );
}
