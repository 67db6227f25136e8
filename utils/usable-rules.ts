import type { Platform } from './platforms/types';

/** Set on `<html>` to the number of rules left out, where any were: for the tests, and for anyone who looks. */
export const RULES_LEFT_OUT_ATTRIBUTE = 'data-betrokken-rules-left-out';

/**
 * The adapter with only the rules this browser can run, and how many it left out. A selector the browser
 * rejects throws wherever script uses it, which would stop every rule after it; left out, it hides or counts
 * nothing while every other rule carries on. The page stylesheet needs no such care: each of its selectors is
 * a rule of its own, which the browser drops alone.
 */
export function usableRules<P extends Platform>(platform: P, doc: Document): { platform: P; rejected: number } {
  const probe = doc.createElement('div');
  const accepts = (selector: string | undefined) => {
    if (selector === undefined) return true;
    try {
      probe.matches(selector);
      return true;
    } catch {
      return false;
    }
  };
  let rejected = 0;
  const keep = <T>(rules: readonly T[] | undefined, usable: (rule: T) => boolean): T[] | undefined => {
    if (!rules) return undefined;
    const kept = rules.filter(usable);
    rejected += rules.length - kept.length;
    return kept;
  };
  const usable: P = {
    ...platform,
    taggedCounters: keep(platform.taggedCounters, (rule) => accepts(rule.select) && accepts(rule.within)),
    textCounters: keep(platform.textCounters, (rule) => accepts(rule.within)),
    shadowCounters: keep(platform.shadowCounters, (scope) => accepts(scope.host)),
    actions: keep(platform.actions, (action) => accepts(action.click)),
    composers: keep(platform.composers, (composer) => accepts(composer.field)),
    pageTypes: keep(platform.pageTypes, (page) => isPattern(page.path)),
  };
  return { platform: usable, rejected };
}

function isPattern(source: string): boolean {
  try {
    new RegExp(source);
    return true;
  } catch {
    return false;
  }
}
