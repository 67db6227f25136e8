import { t } from '@/utils/i18n';

/** The promise every page repeats: nothing leaves this computer. */
export function PrivacyNote() {
  return <p class="muted privacy-note">{t('privacy_local')}</p>;
}
