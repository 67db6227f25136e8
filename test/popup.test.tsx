import { fireEvent, render, screen, waitFor } from '@solidjs/testing-library';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import background from '@/entrypoints/background';
import { App } from '@/entrypoints/popup/App';
import { setClock } from '@/utils/clock';
import { getDb } from '@/utils/db';
import { recordAttention } from '@/utils/recorder';
import { useLocale } from './helpers/locale';

const NOW = new Date(2026, 10, 23, 18).getTime();
const at = (daysAgo: number, hour: number) => new Date(2026, 10, 23 - daysAgo, hour).getTime();
const MINUTE = 60_000;

beforeEach(() => {
  setClock({ wall: () => NOW, monotonic: () => performance.now() });
  background.main();
});
afterEach(() => setClock());

/** Today: 41 min spectator on X and YouTube, 9 min participant on X, a reply and 3 likes; a week ago, more watching. */
async function seed() {
  const run = (platform: 'x' | 'youtube', mode: 'spectator' | 'participant', start: number, minutes: number) => ({
    platform,
    pageType: 'feed' as const,
    mode,
    start,
    end: start + minutes * MINUTE,
  });
  await recordAttention(
    getDb(),
    [
      run('x', 'spectator', at(0, 9), 20),
      run('youtube', 'spectator', at(0, 12), 21),
      run('x', 'participant', at(0, 14), 9),
      run('youtube', 'spectator', at(8, 20), 60),
    ],
    [
      { platform: 'x', kind: 'reply', at: at(0, 14) + 8 * MINUTE },
      { platform: 'x', kind: 'like', at: at(0, 9) },
      { platform: 'x', kind: 'like', at: at(0, 9) + 1000 },
      { platform: 'youtube', kind: 'like', at: at(0, 12) },
    ],
  );
}
const loaded = () => waitFor(() => expect(screen.getByRole('main').getAttribute('aria-busy')).toBe('false'));

describe('popup on the first day', () => {
  it('explains Betrokken, in English', async () => {
    render(() => <App />);
    expect(await screen.findByRole('heading', { name: 'Welcome to Betrokken' })).toBeTruthy();
    expect(screen.getByText(/sends no data anywhere/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Settings' })).toBeTruthy();
  });

  it('explains Betrokken, in Dutch', async () => {
    useLocale('nl');
    render(() => <App />);
    expect(await screen.findByRole('heading', { name: 'Welkom bij Betrokken' })).toBeTruthy();
    expect(screen.getByText(/toeschouwer/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Instellingen' })).toBeTruthy();
  });
});

describe('popup with data', () => {
  it('shows today’s time, the two modes with their share, the actions and the sentence, in English', async () => {
    await seed();
    render(() => <App />);
    await loaded();
    expect(screen.queryByTestId('empty-state')).toBeNull();
    expect(screen.getByTestId('today-sentence').textContent).toBe('Today you were a spectator 82% of the time.');
    expect(screen.getByTestId('today-total').textContent).toBe('50 min');
    expect(screen.getByTestId('spectator-minutes').textContent).toBe('41 min (82%)');
    expect(screen.getByTestId('participant-minutes').textContent).toBe('9 min (18%)');
    const count = (kind: string) => document.querySelector(`[data-kind="${kind}"] strong`)?.textContent;
    expect([count('reply'), count('like'), count('post')]).toEqual(['1', '3', '0']);
  });

  it('says it in Dutch, and compares the week with the one before', async () => {
    useLocale('nl');
    await seed();
    render(() => <App />);
    await loaded();
    expect(screen.getByTestId('today-sentence').textContent).toBe('Vandaag was je 82% toeschouwer.');
    expect(screen.getByTestId('comparison').textContent).toBe(
      'Je deed meer mee dan in de 7 dagen ervoor: 18% deelnemer, was 0%.',
    );
    const rows = [...screen.getByTestId('per-platform').querySelectorAll('tbody tr')];
    expect(rows.map((row) => row.getAttribute('data-platform'))).toEqual(['x', 'youtube']);
    expect(screen.getByTestId('day-chart').querySelectorAll('[data-day]')).toHaveLength(7);
  });

  it('reads only the chosen days, yet never greets someone with older data as a first-day user', async () => {
    const start = at(20, 10);
    await recordAttention(
      getDb(),
      [{ platform: 'x', pageType: 'feed', mode: 'spectator', start, end: start + 30 * MINUTE }],
      [],
    );
    render(() => <App />);
    await loaded();
    expect(screen.queryByTestId('empty-state')).toBeNull();
    expect(screen.getByText('Nothing recorded today yet.')).toBeTruthy();
    expect(screen.queryByTestId('per-platform')).toBeNull(); // 20 days ago is outside the last 7
    fireEvent.click(screen.getByRole('button', { name: '30 days' }));
    expect(await screen.findByTestId('per-platform')).toBeTruthy();
  });
});
