import { createSignal, For, Show } from 'solid-js';
import { Notice, type NoticeText } from '@/components/Notice';
import { getDb } from '@/utils/db';
import {
  buildExport,
  checkImportSize,
  type ExportFile,
  exportFileName,
  type ImportPreview,
  parseImportText,
  previewImport,
  serializeExport,
} from '@/utils/export';
import { formatCount } from '@/utils/format';
import { t } from '@/utils/i18n';
import { send } from '@/utils/messages';
import { ImportPreviewView } from './ImportPreview';

/** What the import part shows: nothing, the problems with a file, or what it would add. */
type Chosen = { problems: string[] } | { file: ExportFile; preview: ImportPreview };

/**
 * Your data: export everything as a file, add an exported file back (checked all or nothing, previewed
 * first), or delete it all after a confirmation in the page. The page reads; the background writes.
 */
export function YourData() {
  const [chosen, setChosen] = createSignal<Chosen>();
  const [notice, setNotice] = createSignal<NoticeText>();
  const [confirming, setConfirming] = createSignal(false);
  const [busy, setBusy] = createSignal(false);
  let fileInput: HTMLInputElement | undefined;
  let deleteButton: HTMLButtonElement | undefined;
  let cancelDelete: HTMLButtonElement | undefined;
  const problems = () => {
    const shown = chosen();
    return shown && 'problems' in shown ? shown.problems : undefined;
  };
  const ready = () => {
    const shown = chosen();
    return shown && 'file' in shown ? shown : undefined;
  };

  async function exportNow() {
    setNotice(undefined);
    try {
      const now = Date.now();
      const { file, leftOut } = await buildExport(getDb(), now);
      const name = exportFileName(now);
      download(serializeExport(file), name);
      const saved = t('data_exported', name);
      setNotice({
        text: leftOut > 0 ? `${saved} ${t('data_exportLeftOut', formatCount(leftOut))}` : saved,
        error: false,
      });
    } catch (error) {
      console.error('[betrokken] export failed', error);
      setNotice({ text: t('data_exportFailed'), error: true });
    }
  }

  async function choose(input: HTMLInputElement) {
    setNotice(undefined);
    setChosen(undefined);
    const picked = input.files?.[0];
    if (!picked) return;
    // Refused before reading: a file that large is not an export and would hold the page up.
    const tooLarge = checkImportSize(picked.size);
    if (tooLarge) return setChosen({ problems: [tooLarge] });
    let text: string;
    try {
      text = await picked.text();
    } catch {
      return setChosen({ problems: [t('data_problemNotJson')] });
    }
    const checked = parseImportText(text);
    if (!checked.ok) return setChosen({ problems: checked.problems });
    setChosen({ file: checked.file, preview: await previewImport(getDb(), checked.file) });
  }

  async function addChosen(file: ExportFile) {
    setBusy(true);
    const answer = await send({ type: 'importData', file });
    setBusy(false);
    if (!answer) return setNotice({ text: t('options_noAnswer'), error: true });
    if (!answer.ok) return setChosen({ problems: answer.problems });
    clearChosen();
    setNotice({
      text: t('data_imported', formatCount(answer.addedDays), formatCount(answer.addedActions)),
      error: false,
    });
  }

  function clearChosen() {
    setChosen(undefined);
    if (fileInput) fileInput.value = '';
  }

  function askToDelete() {
    setNotice(undefined);
    setConfirming(true);
    cancelDelete?.focus();
  }

  function stopAsking() {
    setConfirming(false);
    deleteButton?.focus();
  }

  async function deleteEverything() {
    setBusy(true);
    const answer = await send({ type: 'deleteAllData' });
    setBusy(false);
    setConfirming(false);
    deleteButton?.focus();
    clearChosen();
    setNotice(answer?.ok ? { text: t('data_deleted'), error: false } : { text: t('options_noAnswer'), error: true });
  }

  return (
    <section aria-labelledby="data-heading" data-testid="your-data">
      <h2 id="data-heading">{t('data_heading')}</h2>
      <p class="muted">{t('data_help')}</p>
      <p>
        <button type="button" onClick={() => void exportNow()}>
          {t('data_export')}
        </button>
      </p>
      <p>
        {/* The browser's own file button would speak its language, not the user's: ours shows instead. */}
        <label class="file-button">
          {t('data_importLabel')}
          <input
            ref={fileInput}
            class="visually-hidden"
            type="file"
            accept=".json,application/json"
            onChange={(event) => void choose(event.currentTarget)}
          />
        </label>
      </p>
      <Show when={problems()}>
        {(refused) => (
          <div role="alert" class="error" data-testid="import-problems">
            <p>{t('data_importRefused')}</p>
            <ul>
              <For each={refused()}>{(problem) => <li>{problem}</li>}</For>
            </ul>
          </div>
        )}
      </Show>
      <Show when={ready()}>
        {(shown) => (
          <ImportPreviewView
            file={shown().file}
            preview={shown().preview}
            busy={busy()}
            onAdd={(file) => void addChosen(file)}
            onCancel={clearChosen}
          />
        )}
      </Show>
      <Show
        when={confirming()}
        fallback={
          <p>
            <button type="button" class="secondary" ref={deleteButton} onClick={askToDelete}>
              {t('data_delete')}
            </button>
          </p>
        }
      >
        <fieldset aria-describedby="data-delete-question" onKeyDown={(event) => event.key === 'Escape' && stopAsking()}>
          <legend>{t('data_delete')}</legend>
          <p id="data-delete-question">{t('data_deleteQuestion')}</p>
          <p>
            <button type="button" disabled={busy()} onClick={() => void deleteEverything()}>
              {t('data_deleteConfirm')}
            </button>{' '}
            <button type="button" class="secondary" ref={cancelDelete} onClick={stopAsking}>
              {t('data_cancel')}
            </button>
          </p>
        </fieldset>
      </Show>
      <Notice notice={notice()} />
    </section>
  );
}

/** Saves `text` as a download named `name`, through a Blob URL: nothing leaves the machine. */
function download(text: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the file once the click's task is done.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
