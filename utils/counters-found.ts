import { DIGIT } from './count-text';
import { COUNT_ATTRIBUTE } from './hide-css';
import type { CounterSelectors, Platform } from './platforms/types';
import type { Metric, PageType } from './vocabulary';

/** Page types whose pages show counters on every platform: none found there means the site may have changed. */
export const PAGES_WITH_COUNTERS: readonly PageType[] = ['feed', 'post', 'profile', 'video'];

/**
 * How many counts the hiding rules of `metrics` find in `doc` right now: elements that show a number, each
 * counted once (a count inside another is the same count). Run when the popup asks, never while a page loads.
 */
export function countersFound(
  platform: Platform,
  doc: Document,
  metrics: ReadonlySet<Metric>,
  pageType: PageType,
): number {
  const found = new Set<Element>();
  const selectors = [
    ...selectorsOf(platform.counters, metrics),
    ...selectorsOf(platform.pageCounters?.[pageType] ?? {}, metrics),
    ...[...metrics].map((metric) => `[${COUNT_ATTRIBUTE}="${metric}"]`),
  ];
  addMatches(doc, selectors, found);
  for (const { host, counters } of platform.shadowCounters ?? [])
    for (const element of doc.querySelectorAll(host))
      if (element.shadowRoot) addMatches(element.shadowRoot, selectorsOf(counters, metrics), found);
  let counts = 0;
  for (const element of found) if (DIGIT.test(element.textContent ?? '') && !insideAnother(element, found)) counts++;
  return counts;
}

function selectorsOf(counters: CounterSelectors, metrics: ReadonlySet<Metric>): string[] {
  return [...metrics].flatMap((metric) => counters[metric] ?? []);
}

function addMatches(root: ParentNode, selectors: readonly string[], found: Set<Element>): void {
  for (const selector of selectors) {
    try {
      for (const element of root.querySelectorAll(selector)) found.add(element);
    } catch {
      // A selector this browser cannot parse hides nothing in the stylesheet either.
    }
  }
}

function insideAnother(element: Element, found: ReadonlySet<Element>): boolean {
  for (let parent = element.parentElement; parent; parent = parent.parentElement) if (found.has(parent)) return true;
  return false;
}
