import { t } from '@/utils/i18n';

/** The logo, the name and the motto, as every Betrokken page starts. */
export function PageHeader(props: { title?: string }) {
  return (
    <header class="page-header">
      <img src="/icon.svg" alt="" />
      <div>
        <h1>{props.title ?? t('extName')}</h1>
        <p class="muted">{t('motto')}</p>
      </div>
    </header>
  );
}
