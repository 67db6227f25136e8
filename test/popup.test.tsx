import { render, screen, waitFor } from '@solidjs/testing-library';
import { describe, expect, it } from 'vitest';
import { App } from '@/entrypoints/popup/App';
import { getDb } from '@/utils/db';
import { useLocale } from './helpers/locale';

describe('popup', () => {
  it('explains Betrokken on the first day, in English', async () => {
    render(() => <App />);
    expect(await screen.findByRole('heading', { name: 'Welcome to Betrokken' })).toBeTruthy();
    expect(screen.getByText(/sends no data anywhere/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Settings' })).toBeTruthy();
  });

  it('explains Betrokken on the first day, in Dutch', async () => {
    useLocale('nl');
    render(() => <App />);
    expect(await screen.findByRole('heading', { name: 'Welkom bij Betrokken' })).toBeTruthy();
    expect(screen.getByText(/toeschouwer/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Instellingen' })).toBeTruthy();
  });

  it('no longer shows the first-day text once something was recorded', async () => {
    await getDb().daily.put({
      day: '2026-11-23',
      platform: 'x',
      spectatorSeconds: 60,
      participantSeconds: 0,
      actions: {},
    });
    render(() => <App />);
    // Wait until the popup has its answer, so an unanswered query cannot pass for "has data".
    await waitFor(() => expect(screen.getByRole('main').getAttribute('aria-busy')).toBe('false'));
    expect(screen.queryByTestId('empty-state')).toBeNull();
  });
});
