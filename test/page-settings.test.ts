import { describe, expect, it } from 'vitest';
import { parseMessage } from '@/utils/messages';
import { hiddenMetricsFromStored, isShowCountsForNow } from '@/utils/page-settings';
import { PLATFORM_IDS } from '@/utils/platforms';
import { parseSettings } from '@/utils/settings';
import { METRICS } from '@/utils/vocabulary';

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

const sorted = (metrics: Set<string>) => [...metrics].sort();

describe('hiddenMetricsFromStored', () => {
  it('hides every metric by default, none where a platform is switched off, and not the metrics switched off', () => {
    expect(sorted(hiddenMetricsFromStored(undefined, 'x'))).toEqual([...METRICS].sort());
    expect(sorted(hiddenMetricsFromStored({ platforms: { x: { hide: false } } }, 'x'))).toEqual([]);
    expect(sorted(hiddenMetricsFromStored({ platforms: { x: { hide: false } } }, 'youtube'))).toEqual(
      [...METRICS].sort(),
    );
    const withoutViews = METRICS.filter((metric) => metric !== 'views' && metric !== 'likes').sort();
    expect(sorted(hiddenMetricsFromStored({ metrics: { views: false, likes: false } }, 'reddit'))).toEqual(
      withoutViews,
    );
  });

  it('reads a corrupt stored value exactly as the settings the background repairs it to, on every platform', () => {
    for (const raw of STORED_VALUES) {
      for (const platform of PLATFORM_IDS) {
        const expected = sorted(hiddenMetricsFromStored(parseSettings(raw).settings, platform));
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
