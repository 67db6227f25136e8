import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { recordPulse } from '@/entrypoints/background/pulses';
import { getDb } from '@/utils/db';
import type { PulseMessage } from '@/utils/messages';
import { applySettingsPatch, readSettings, writeSettings } from '@/utils/settings';

const start = new Date(2026, 10, 23, 10).getTime();
const pulse: PulseMessage = {
  type: 'pulse',
  platform: 'x',
  runs: [{ pageType: 'feed', mode: 'spectator', start, end: start + 15_000 }],
  actions: [{ kind: 'like', at: start + 2000 }],
};

async function changeSettings(patch: object) {
  const result = applySettingsPatch((await readSettings()).settings, patch);
  if (result.ok) await writeSettings(result.settings);
}
const recorded = async () => ({
  seconds: (await getDb().daily.toArray()).reduce((sum, row) => sum + row.spectatorSeconds, 0),
  actions: await getDb().actions.count(),
});

describe('a pulse in the background', () => {
  beforeEach(async () => {
    // Tab 7 had attention from 5 s into the pulse; tab 8 never.
    await fakeBrowser.storage.session.set({
      attention: { focusedWindowId: 1, timeline: [{ at: start + 5000, tabId: 7 }] },
    });
  });

  it('stores only the seconds its tab had attention, and its actions', async () => {
    expect(await recordPulse(pulse, { tab: { id: 7 } })).toEqual({ recorded: true });
    expect(await recorded()).toEqual({ seconds: 10, actions: 1 });
  });

  it('stores no seconds for a tab without attention; its actions, clicked by the user, still count', async () => {
    await recordPulse(pulse, { tab: { id: 8 } });
    expect(await recorded()).toEqual({ seconds: 0, actions: 1 });
  });

  it('stores nothing from private windows unless the user allowed it', async () => {
    expect(await recordPulse(pulse, { tab: { id: 7, incognito: true } })).toEqual({ recorded: false });
    expect(await recorded()).toEqual({ seconds: 0, actions: 0 });
    await changeSettings({ trackPrivateWindows: true });
    await recordPulse(pulse, { tab: { id: 7, incognito: true } });
    expect(await recorded()).toEqual({ seconds: 10, actions: 1 });
  });

  it('stores nothing for a platform whose tracking is switched off', async () => {
    await changeSettings({ platforms: { x: { track: false } } });
    expect(await recordPulse(pulse, { tab: { id: 7 } })).toEqual({ recorded: false });
    expect(await recorded()).toEqual({ seconds: 0, actions: 0 });
  });
});
