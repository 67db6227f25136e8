import { describe, expect, it } from 'vitest';
import { parseMessage } from '@/utils/messages';
import { hiddenMetricsFromStored, isShowCountsForNow } from '@/utils/page-settings';
import { PLATFORM_IDS } from '@/utils/platforms';
import { hiddenMetrics, parseSettings } from '@/utils/settings';

const STORED_VALUES: unknown[] = [
  undefined,
  null,
  'corrupt',
  [],
  {},
  { platforms: { x: { hide: false } } },
  { platforms: { x: { hide: 'no' }, youtube: { hide: false, track: false } } },
  { platforms: 'all' },
  { metrics: { likes: false, views: false } },
  { metrics: { likes: 'off', followers: false }, platforms: { reddit: { hide: true } } },
  { metrics: [false], retentionDays: 'x' },
  { platforms: { mastodon: { hide: false } }, metrics: { badges: false } },
];

describe('hiddenMetricsFromStored', () => {
  it('agrees with the validated settings for valid and corrupt stored values, on every platform', () => {
    for (const raw of STORED_VALUES) {
      for (const platform of PLATFORM_IDS) {
        const expected = [...hiddenMetrics(parseSettings(raw).settings, platform)].sort();
        expect([...hiddenMetricsFromStored(raw, platform)].sort(), `${JSON.stringify(raw)} on ${platform}`).toEqual(
          expected,
        );
      }
    }
  });
});

describe('isShowCountsForNow', () => {
  it('accepts exactly what the message schema accepts as showCountsForNow', () => {
    const candidates: unknown[] = [
      { type: 'showCountsForNow' },
      { type: 'showCountsForNow', show: true },
      { type: 'showCountsForNow', show: false },
      { type: 'showCountsForNow', show: 'yes' },
      { type: 'getDiagnostics' },
      { show: true },
      'showCountsForNow',
      null,
    ];
    for (const raw of candidates) {
      expect(isShowCountsForNow(raw), JSON.stringify(raw)).toBe(parseMessage(raw)?.type === 'showCountsForNow');
    }
  });
});
