import type { Platform } from '../../utils/platforms/types';
import type { Metric } from '../../utils/vocabulary';

/** What a platform's rules match on a fixture page, computed by Chromium's own selector engine. */
export interface RuleReport {
  /** Counters not hidden by a rule of their own metric (so switching that metric would not show them). */
  uncovered: string[];
  /** Rules that hide (or hide an ancestor of) an action. */
  hidingActions: string[];
  /** How many elements each selector matched, by selector. */
  matches: Record<string, number>;
}

type Rules = Pick<Platform, 'counters' | 'shadowCounters' | 'taggedCounters' | 'pageCounters'> & {
  /** utils/vocabulary's METRICS, passed in: this function runs inside the page and imports nothing. */
  metrics: readonly Metric[];
};

/** Runs inside the page (serialised by Playwright): keep it self-contained. */
export function reportRules(rules: Rules): RuleReport {
  const roots = (root: Document | ShadowRoot): (Document | ShadowRoot)[] => [
    root,
    ...[...root.querySelectorAll('*')].flatMap((element) => (element.shadowRoot ? roots(element.shadowRoot) : [])),
  ];
  const expected = (kind: string) =>
    roots(document).flatMap((root) => [...root.querySelectorAll(`[data-expect="${kind}"]`)]);
  const report: RuleReport = { uncovered: [], hidingActions: [], matches: {} };
  const actions = expected('action');
  for (const metric of rules.metrics) {
    const hidden: Element[] = [];
    const add = (key: string, elements: Element[]) => {
      report.matches[key] = (report.matches[key] ?? 0) + elements.length;
      hidden.push(...elements);
    };
    for (const selector of rules.counters[metric] ?? []) add(selector, [...document.querySelectorAll(selector)]);
    // Page counters apply where <html> carries their page type, as the content script sets it from the URL.
    for (const [page, counters] of Object.entries(rules.pageCounters ?? {})) {
      const onPage = document.documentElement.hasAttribute(`data-betrokken-on-${page}`);
      for (const selector of counters?.[metric] ?? [])
        add(selector, onPage ? [...document.querySelectorAll(selector)] : []);
    }
    add(`tagged ${metric}`, [...document.querySelectorAll(`[data-betrokken-count="${metric}"]`)]);
    // Script-tagged selectors: counted for "used", and already among the tagged elements above.
    for (const rule of (rules.taggedCounters ?? []).filter((tagged) => tagged.metric === metric)) {
      report.matches[rule.select] = (report.matches[rule.select] ?? 0) + document.querySelectorAll(rule.select).length;
    }
    for (const scope of rules.shadowCounters ?? []) {
      for (const selector of scope.counters[metric] ?? []) {
        const inside = [...document.querySelectorAll(scope.host)].flatMap((host) =>
          host.shadowRoot ? [...host.shadowRoot.querySelectorAll(selector)] : [],
        );
        add(`${scope.host} >>> ${selector}`, inside);
      }
    }
    for (const counter of expected('counter').filter((element) => element.getAttribute('data-metric') === metric)) {
      if (!hidden.some((element) => element === counter || element.contains(counter))) {
        report.uncovered.push(`${metric}: ${counter.textContent?.trim()}`);
      }
    }
    for (const element of hidden) {
      for (const action of actions) {
        if (element.contains(action))
          report.hidingActions.push(`${metric} rule hides ${action.getAttribute('data-action')}`);
      }
    }
  }
  return report;
}
