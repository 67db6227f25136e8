import { fireEvent, render, screen, waitFor, within } from '@solidjs/testing-library';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import background from '@/entrypoints/background';
import { YourData } from '@/entrypoints/options/YourData';
import { getDb } from '@/utils/db';
import { buildExport, serializeExport } from '@/utils/export';
import { recordAttention } from '@/utils/recorder';
import { useLocale } from './helpers/locale';

const ORIGINAL_TZ = process.env.TZ;
beforeEach(() => {
  process.env.TZ = 'Europe/Amsterdam';
});
afterEach(() => {
  process.env.TZ = ORIGINAL_TZ;
  vi.restoreAllMocks();
});

const at = (date: number, hour: number) => new Date(2026, 10, date, hour).getTime();

/** Four days on X and YouTube, with a like each day. */
async function seed(): Promise<void> {
  for (const date of [20, 21, 22, 23])
    await recordAttention(
      getDb(),
      [
        { platform: 'x', pageType: 'feed', mode: 'spectator', start: at(date, 9), end: at(date, 9) + 300_000 },
        { platform: 'youtube', pageType: 'video', mode: 'spectator', start: at(date, 20), end: at(date, 21) },
      ],
      [{ platform: 'x', kind: 'like', at: at(date, 9) + 1000 }],
    );
}

const dailyRows = () => getDb().daily.toArray();

async function exportedFile(): Promise<File> {
  const text = serializeExport((await buildExport(getDb(), at(24, 12))).file);
  return new File([text], 'betrokken-2026-11-24.json', { type: 'application/json' });
}

function choose(file: File, label: RegExp): void {
  fireEvent.change(screen.getByLabelText(label), { target: { files: [file] } });
}

describe('your data, in English', () => {
  it('exports everything as a JSON download named after the day', async () => {
    await seed();
    const saved: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      saved.push(blob as Blob);
      return 'blob:betrokken-test';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    render(() => <YourData />);
    fireEvent.click(screen.getByRole('button', { name: 'Export my data' }));
    expect((await screen.findByRole('status')).textContent).toMatch(/^Saved as betrokken-\d{4}-\d{2}-\d{2}\.json\.$/);
    const link = clicked.mock.contexts[0] as HTMLAnchorElement;
    expect(link.download).toMatch(/^betrokken-\d{4}-\d{2}-\d{2}\.json$/);
    expect(link.href).toBe('blob:betrokken-test');
    const file = JSON.parse(await (saved[0] as Blob).text());
    expect(file).toMatchObject({ format: 'betrokken-export', version: 1 });
    expect(file.daily).toEqual(await dailyRows());
    expect(file.actions).toHaveLength(4);
  });

  it('previews a valid file, then adds only what is new through the background', async () => {
    background.main();
    await seed();
    const file = await exportedFile();
    const all = await dailyRows();
    await getDb().daily.where('day').above('2026-11-21').delete();
    await getDb().actions.clear();
    render(() => <YourData />);

    choose(file, /Add data from an exported file/);
    const preview = await screen.findByTestId('import-preview');
    expect(preview.textContent).toContain('This file was exported on November 24, 2026.');
    expect(preview.textContent).toContain('It has days from November 20, 2026 to November 23, 2026.');
    expect(
      within(preview)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Day totals per platform: 4 new, 4 already here (those stay as they are).',
      'Actions: 4 new, 0 already here.',
    ]);
    expect(await getDb().daily.count()).toBe(4); // nothing written by choosing

    fireEvent.click(within(preview).getByRole('button', { name: 'Add to my data' }));
    expect((await screen.findByRole('status')).textContent).toBe('Added. New day totals: 4; new actions: 4.');
    expect(screen.queryByTestId('import-preview')).toBeNull();
    expect(await dailyRows()).toEqual(all);

    choose(file, /Add data from an exported file/);
    expect((await screen.findByTestId('import-preview')).textContent).toContain(
      'Everything in this file is already here: there is nothing to add.',
    );
    expect(screen.queryByRole('button', { name: 'Add to my data' })).toBeNull();
  });

  it('lists the problems of a malformed file, and adds nothing', async () => {
    background.main();
    await seed();
    const before = await dailyRows();
    const text = await (await exportedFile()).text();
    render(() => <YourData />);

    const bad = text.replace(/"spectatorSeconds":300/, '"spectatorSeconds":"300"').replace('"x"', '"myspace"');
    choose(new File([bad], 'bad.json'), /Add data from an exported file/);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('This file was not added and nothing was changed:');
    expect(
      within(alert)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'daily[0].spectatorSeconds: expected a number',
      expect.stringMatching(/^daily\[0\]\.platform: "myspace" is not one of bluesky, /),
    ]);
    expect(screen.queryByRole('button', { name: 'Add to my data' })).toBeNull();

    choose(new File([text.slice(0, 200)], 'cut.json'), /Add data from an exported file/);
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('This file is not valid JSON'));
    expect(await dailyRows()).toEqual(before);
  });

  it('refuses a 50 MB file by its size, without reading it', async () => {
    render(() => <YourData />);
    const huge = new File(['{}'], 'huge.json');
    Object.defineProperty(huge, 'size', { value: 50 * 1024 * 1024 });
    const read = vi.spyOn(huge, 'text');
    choose(huge, /Add data from an exported file/);
    expect((await screen.findByRole('alert')).textContent).toContain(
      'This file is 50 MB; Betrokken reads exports of at most 20 MB.',
    );
    expect(read).not.toHaveBeenCalled();
  });

  it('deletes everything only after a confirmation in the page, which can be cancelled', async () => {
    background.main();
    await seed();
    render(() => <YourData />);

    fireEvent.click(screen.getByRole('button', { name: 'Delete all data' }));
    expect(screen.getByText(/Delete every counted second, action and total on this computer\?/)).toBeTruthy();
    const cancel = screen.getByRole('button', { name: 'Cancel' });
    expect(document.activeElement).toBe(cancel);
    fireEvent.click(cancel);
    expect(screen.queryByRole('button', { name: 'Yes, delete everything' })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Delete all data' }));
    expect(await getDb().daily.count()).toBe(8);

    fireEvent.click(screen.getByRole('button', { name: 'Delete all data' }));
    fireEvent.keyDown(screen.getByRole('button', { name: 'Cancel' }), { key: 'Escape' });
    expect(screen.queryByRole('button', { name: 'Yes, delete everything' })).toBeNull();
    expect(await getDb().daily.count()).toBe(8);

    fireEvent.click(screen.getByRole('button', { name: 'Delete all data' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, delete everything' }));
    expect((await screen.findByRole('status')).textContent).toBe(
      'All your data is deleted. Your settings are as they were.',
    );
    expect(await getDb().daily.count()).toBe(0);
    expect(await getDb().summaries.count()).toBe(0);
    expect(await getDb().actions.count()).toBe(0);
  });

  it('says so when the background does not answer, and deletes nothing', async () => {
    await seed();
    render(() => <YourData />);
    fireEvent.click(screen.getByRole('button', { name: 'Delete all data' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, delete everything' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/did not answer/);
    expect(await getDb().daily.count()).toBe(8);
  });
});

describe('your data, in Dutch', () => {
  it('previews, lists problems and asks before deleting, in Dutch', async () => {
    useLocale('nl');
    background.main();
    await seed();
    const file = await exportedFile();
    await getDb().daily.where('day').equals('2026-11-23').delete();
    render(() => <YourData />);
    expect(screen.getByRole('heading', { name: 'Je gegevens' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Mijn gegevens exporteren' })).toBeTruthy();

    choose(file, /Gegevens toevoegen uit een geëxporteerd bestand/);
    const preview = await screen.findByTestId('import-preview');
    expect(preview.textContent).toContain('Dit bestand is geëxporteerd op 24 november 2026.');
    expect(
      within(preview)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Dagtotalen per platform: 2 nieuw, 6 al aanwezig (die blijven zoals ze zijn).',
      'Acties: 0 nieuw, 4 al aanwezig.',
    ]);
    fireEvent.click(within(preview).getByRole('button', { name: 'Toevoegen aan mijn gegevens' }));
    expect((await screen.findByRole('status')).textContent).toBe('Toegevoegd. Nieuwe dagtotalen: 2; nieuwe acties: 0.');

    const text = await file.text();
    choose(new File([text.replace('"version": 1', '"version": 3')], 'new.json'), /Gegevens toevoegen/);
    expect((await screen.findByRole('alert')).textContent).toContain(
      'Deze export heeft versie 3, die deze Betrokken niet kan lezen (hij leest versie 1).',
    );

    fireEvent.click(screen.getByRole('button', { name: 'Alle gegevens verwijderen' }));
    expect(screen.getByText(/Je instellingen blijven\./)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Ja, alles verwijderen' }));
    expect((await screen.findByRole('status')).textContent).toBe(
      'Al je gegevens zijn verwijderd. Je instellingen zijn gebleven zoals ze waren.',
    );
    expect(await getDb().daily.count()).toBe(0);
  });
});
