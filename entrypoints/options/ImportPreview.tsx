import { Show } from 'solid-js';
import type { ExportFile, ImportPreview } from '@/utils/export';
import { dayAtNoon, formatCount, formatLongDate } from '@/utils/format';
import { t } from '@/utils/i18n';

/** What a valid file would add, and the button that adds it. */
export function ImportPreviewView(props: {
  file: ExportFile;
  preview: ImportPreview;
  busy: boolean;
  onAdd: (file: ExportFile) => void;
  onCancel: () => void;
}) {
  const count = (value: number) => formatCount(value);
  const exportedOn = () => formatLongDate(new Date(props.file.exportedAt));
  const nothingNew = () => props.preview.days.added === 0 && props.preview.actions.added === 0;
  return (
    <div data-testid="import-preview" aria-live="polite">
      <p>{t('data_previewExported', exportedOn())}</p>
      <Show when={props.preview.firstDay && props.preview.lastDay}>
        <p>
          {t(
            'data_previewRange',
            formatLongDate(dayAtNoon(props.preview.firstDay as string)),
            formatLongDate(dayAtNoon(props.preview.lastDay as string)),
          )}
        </p>
      </Show>
      <ul>
        <li>{t('data_previewDays', count(props.preview.days.added), count(props.preview.days.present))}</li>
        <li>{t('data_previewActions', count(props.preview.actions.added), count(props.preview.actions.present))}</li>
      </ul>
      <Show when={!nothingNew()} fallback={<p>{t('data_previewNothing')}</p>}>
        <p>
          <button type="button" disabled={props.busy} onClick={() => props.onAdd(props.file)}>
            {t('data_importConfirm')}
          </button>{' '}
          <button type="button" class="secondary" onClick={() => props.onCancel()}>
            {t('data_cancel')}
          </button>
        </p>
      </Show>
    </div>
  );
}
