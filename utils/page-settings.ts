import type { PlatformId } from './platforms';
import { METRICS, type Metric } from './vocabulary';

/**
 * What a content script needs from the stored settings, read without zod: the content script's size budget
 * (15 kB gzip) has no room for it. Only the background writes settings, after validating them with
 * SettingsSchema; this reader treats anything unexpected as its default, and test/page-settings.test.ts
 * checks that a corrupt value reads exactly as the settings parseSettings repairs it to.
 */
export function hiddenMetricsFromStored(raw: unknown, platform: PlatformId): Set<Metric> {
  const stored = isRecord(raw) ? raw : {};
  const platforms = isRecord(stored.platforms) ? stored.platforms : {};
  const own = isRecord(platforms[platform]) ? platforms[platform] : {};
  if (own.hide === false) return new Set();
  const metrics = isRecord(stored.metrics) ? stored.metrics : {};
  return new Set(METRICS.filter((metric) => metrics[metric] !== false));
}

/** The storage key the settings live under (WXT's `local:settings` item). */
export const SETTINGS_KEY = 'settings';

/** The one message a content script answers: the popup's "show the counts here for now". */
export function isShowCountsForNow(raw: unknown): raw is { type: 'showCountsForNow'; show?: boolean } {
  return isRecord(raw) && raw.type === 'showCountsForNow' && (raw.show === undefined || typeof raw.show === 'boolean');
}

/** The background's word that this page was just switched to. */
export function isAttentionGiven(raw: unknown): raw is { type: 'attentionGiven' } {
  return isRecord(raw) && raw.type === 'attentionGiven';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
