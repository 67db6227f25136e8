import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { listenForMessages, parseMessage, send } from '@/utils/messages';

describe('parseMessage', () => {
  it('accepts each known message', () => {
    expect(parseMessage({ type: 'getDiagnostics' })).toEqual({ type: 'getDiagnostics' });
    expect(parseMessage({ type: 'changeSettings', patch: { retentionDays: 7 } })).toEqual({
      type: 'changeSettings',
      patch: { retentionDays: 7 },
    });
  });

  it('rejects unknown types, missing fields and non-objects', () => {
    for (const raw of [
      { type: 'deleteEverything' },
      { type: 'changeSettings' },
      { type: 'changeSettings', patch: 'all' },
      { patch: {} },
      'getDiagnostics',
      null,
      undefined,
      42,
    ]) {
      expect(parseMessage(raw)).toBeUndefined();
    }
  });
});

describe('pulses', () => {
  const pulse = (change: object) => ({
    type: 'pulse',
    platform: 'x',
    runs: [{ pageType: 'feed', mode: 'spectator', start: 1_000_000, end: 1_015_000 }],
    actions: [{ kind: 'like', at: 1_005_000 }],
    ...change,
  });

  it('accepts a page’s runs and actions', () => {
    expect(parseMessage(pulse({}))).toEqual(pulse({}));
  });

  it('refuses pulses a page cannot have sent: unknown platforms, kinds and modes, backward or endless runs', () => {
    const run = { pageType: 'feed', mode: 'spectator', start: 1_000_000, end: 1_015_000 };
    for (const raw of [
      pulse({ platform: 'myspace' }),
      pulse({ actions: [{ kind: 'poke', at: 1 }] }),
      pulse({ runs: [{ ...run, mode: 'lurker' }] }),
      pulse({ runs: [{ ...run, pageType: 'https://x.com/someone' }] }),
      pulse({ runs: [{ ...run, end: run.start }] }),
      pulse({ runs: [{ ...run, end: run.start + 3 * 3_600_000 }] }),
      pulse({ runs: [{ ...run, start: 1.5 }] }),
      pulse({ runs: 'all of them' }),
    ]) {
      expect(parseMessage(raw), JSON.stringify(raw)).toBeUndefined();
    }
  });
});

describe('listenForMessages', () => {
  it('answers valid messages and drops malformed ones without answering or throwing', async () => {
    const handler = vi.fn(async () => ({ droppedMessages: 0, repairedSettings: [] }));
    const dropped = vi.fn();
    listenForMessages(handler, dropped);

    await expect(send({ type: 'getDiagnostics' })).resolves.toEqual({ droppedMessages: 0, repairedSettings: [] });
    await expect(fakeBrowser.runtime.sendMessage({ type: 'nope', payload: 1 })).resolves.toBeUndefined();

    expect(handler).toHaveBeenCalledTimes(1);
    expect(dropped).toHaveBeenCalledWith({ type: 'nope', payload: 1 });
  });

  it('resolves to undefined instead of rejecting when nobody listens', async () => {
    await expect(send({ type: 'getDiagnostics' })).resolves.toBeUndefined();
  });
});
