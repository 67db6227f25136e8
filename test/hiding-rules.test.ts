import { describe, expect, it } from 'vitest';
import { PLATFORMS } from '@/utils/platforms';
import { type Fixture, fixturesOf } from './helpers/fixtures';

// Which elements a selector matches is checked in Chromium (test/e2e/hiding.test.ts): happy-dom's selector
// engine gets relative :has() wrong. Here: the adapters' shape and the fixtures' ground truth.

const parse = (fixture: Fixture) => new DOMParser().parseFromString(fixture.html, 'text/html');

function allSelectors(platform: (typeof PLATFORMS)[number]): string[] {
  return [
    ...Object.values(platform.counters).flat(),
    ...(platform.taggedCounters ?? []).flatMap((rule) => [rule.select, ...(rule.within ? [rule.within] : [])]),
    ...Object.values(platform.pageCounters ?? {}).flatMap((counters) => Object.values(counters ?? {}).flat()),
    ...(platform.shadowCounters ?? []).flatMap((scope) => [scope.host, ...Object.values(scope.counters).flat()]),
    ...(platform.textCounters ?? []).map((rule) => rule.within),
  ];
}

describe.each(PLATFORMS.map((platform) => [platform.id, platform] as const))('adapter %s', (_, platform) => {
  const fixtures = fixturesOf(platform.id);

  it('has at least two fixture pages, each marking counters and actions, in at least two languages', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(2);
    const languages = new Set<string>();
    for (const fixture of fixtures) {
      const doc = parse(fixture);
      languages.add(doc.documentElement.lang.slice(0, 2));
      expect(fixture.html, `${fixture.name} loads the probe first`).toMatch(
        /<head>\s*<script src="\/betrokken-probe\.js"><\/script>/,
      );
      expect(doc.querySelectorAll('[data-expect="counter"]').length, fixture.name).toBeGreaterThan(0);
      expect(doc.querySelectorAll('[data-expect="action"]').length, fixture.name).toBeGreaterThan(0);
      for (const counter of doc.querySelectorAll('[data-expect="counter"]')) {
        expect(counter.getAttribute('data-metric'), `${fixture.name}: "${counter.textContent}"`).toMatch(
          /^(likes|reposts|replies|views|followers|bookmarks|badges)$/,
        );
      }
    }
    expect(languages.size).toBeGreaterThanOrEqual(2);
  });

  it('keeps :has() out of page-wide CSS (it slowed a 2,000-post feed over fivefold): page and tagged counters take it', () => {
    const css = [
      ...Object.values(platform.counters).flat(),
      ...(platform.shadowCounters ?? []).flatMap((scope) => Object.values(scope.counters).flat()),
    ];
    for (const selector of css) expect(selector).not.toContain(':has(');
  });

  it('gives one valid selector per string, never leaning on the fixtures’ ground truth', () => {
    for (const selector of allSelectors(platform)) {
      expect(() => document.querySelector(selector), selector).not.toThrow();
      expect(selector, 'ground-truth attributes are for tests only').not.toMatch(/data-(expect|metric|action)\b/);
      expect(selector.replace(/\([^)]*\)/g, ''), 'one selector per string').not.toContain(',');
    }
  });
});
