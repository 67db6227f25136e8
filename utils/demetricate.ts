import { DIGIT, isCountText } from './count-text';
import { COUNT_ATTRIBUTE, HIDE_ATTRIBUTE, PAGE_ATTRIBUTE_PREFIX } from './hide-css';
import type { Platform } from './platforms/types';
import { shadowHiding } from './shadow-hiding';
import type { Metric, PageType } from './vocabulary';

/** A page's hiding, started at document_start; `setHidden` switches metrics without reload. */
export interface Demetricator {
  setHidden(metrics: ReadonlySet<Metric>): void;
  /** Switches the page counters of `type` on (and those of the previous type off). */
  setPageType(type: PageType): void;
  stop(): void;
}

/** Text longer than this is a post or more, never a row of counts. */
const SMALL_INSERTION_LENGTH = 400;
// "(3) ", "(99+) ", "(1.234) ", "(٣) " (Arabic digits), after invisible direction marks too.
const TITLE_BADGE = /^\p{Cf}*\(\p{Nd}[\p{Nd}.,\u066c]*\+?\)\s*/u;

/**
 * Starts hiding `platform`'s counters in `doc` by switching on the rules of `hideCss(platform)`, which the
 * browser puts in at document_start (the content script's manifest stylesheet), with the metrics on `<html>`.
 */
export function demetricate(platform: Platform, doc: Document, initiallyHidden: ReadonlySet<Metric>): Demetricator {
  const root = doc.documentElement;

  let hidden = initiallyHidden;
  const taggedRules = platform.taggedCounters ?? [];
  const textRules = platform.textCounters ?? [];
  const shadowScopes = platform.shadowCounters ?? [];
  const shadows = shadowHiding(shadowScopes, doc);
  const observer = new MutationObserver((records) => onMutations(records));
  const titleObserver = new MutationObserver(() => stripTitleBadge());
  let originalTitle: string | undefined;

  function apply(): void {
    root.setAttribute(HIDE_ATTRIBUTE, [...hidden].join(' '));
    shadows.setHidden(hidden);
    if (hidden.has('badges')) stripTitleBadge();
    else if (originalTitle !== undefined && doc.title === originalTitle.replace(TITLE_BADGE, ''))
      doc.title = originalTitle;
  }

  function stripTitleBadge(): void {
    if (!hidden.has('badges') || !TITLE_BADGE.test(doc.title)) return;
    originalTitle = doc.title;
    doc.title = doc.title.replace(TITLE_BADGE, '');
  }

  /** Elements tagged for their text; those tagged by a selector stay tagged whatever their text says. */
  const taggedForText = new WeakSet<Element>();

  function tagTextCounts(scope: Element, metric: Metric): void {
    // An element the site reuses for other text is no longer a count.
    for (const tagged of scope.querySelectorAll(`[${COUNT_ATTRIBUTE}="${metric}"]`)) {
      if (taggedForText.has(tagged) && !isCountText(tagged.textContent ?? '')) {
        tagged.removeAttribute(COUNT_ATTRIBUTE);
        taggedForText.delete(tagged);
      }
    }
    const walker = doc.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!DIGIT.test(node.nodeValue ?? '')) continue;
      const count = countElement(node, scope);
      if (!count || count.getAttribute(COUNT_ATTRIBUTE) === metric || isTaggedBySelector(count)) continue;
      count.setAttribute(COUNT_ATTRIBUTE, metric);
      taggedForText.add(count);
    }
  }

  function tagSelected(element: Element): void {
    for (const { metric, select, within } of taggedRules) {
      const scopes = within ? [element.closest(within) ?? [...element.querySelectorAll(within)]].flat() : [element];
      // Inside only: testing the inserted element itself would test its parent (the feed) for selectors
      // such as `div:has(…) > *`, re-scanning every post on each insertion.
      for (const scope of scopes)
        for (const match of scope.querySelectorAll(select)) {
          match.setAttribute(COUNT_ATTRIBUTE, metric);
          taggedForText.delete(match);
        }
    }
  }

  function isTaggedBySelector(element: Element): boolean {
    return element.hasAttribute(COUNT_ATTRIBUTE) && !taggedForText.has(element);
  }

  /**
   * An inserted element: rules are looked for on it and inside it, not up its ancestors. Testing the
   * ancestors of every inserted post re-tests the whole feed each time (quadratic on long feeds); only a
   * small insertion with a digit, such as a count or a row of counts put into a scope that was already
   * there, needs the scope around it.
   */
  function scanInserted(element: Element): void {
    scanRules(element);
    if (textRules.length > 0) {
      const text = element.textContent ?? '';
      if (text.length <= SMALL_INSERTION_LENGTH && DIGIT.test(text)) scanAround(element);
    }
    shadows.scan(element);
  }

  function scanRules(element: Element): void {
    if (taggedRules.length > 0) tagSelected(element);
    for (const { metric, within } of textRules) {
      if (element.matches(within)) tagTextCounts(element, metric);
      for (const scope of element.querySelectorAll(within)) tagTextCounts(scope, metric);
    }
  }

  /** Text with a digit appeared in or left `element`: retag the text scopes around it. */
  function scanAround(element: Element): void {
    for (const { metric, within } of textRules) {
      const scope = element.closest(within);
      if (scope) tagTextCounts(scope, metric);
    }
  }

  /**
   * Rules such as `.row:has(+ .actions) .count` become true for the element before an insertion. The
   * parser streams a page in chunks, so a post's summary row can arrive one chunk before its action bar.
   * Elements added in the same batch need no rescan: they are scanned now, with their siblings in place.
   */
  function elementBefore(record: MutationRecord): Element | undefined {
    let previous = record.previousSibling;
    while (previous && previous.nodeType !== Node.ELEMENT_NODE) previous = previous.previousSibling;
    return (previous as Element | null) ?? undefined;
  }

  function onMutations(records: MutationRecord[]): void {
    const added = new Set<Element>();
    const textChanged = new Set<Element>();
    for (const record of records) {
      if (record.type === 'characterData') {
        const changed = DIGIT.test(record.oldValue ?? '') || DIGIT.test(record.target.nodeValue ?? '');
        if (changed && record.target.parentElement) textChanged.add(record.target.parentElement);
        continue;
      }
      for (const node of record.addedNodes) if (node.nodeType === Node.ELEMENT_NODE) added.add(node as Element);
      // Text with a digit added to, or removed from, an element (re-renders, streamed parsing). Other text,
      // whitespace above all, cannot make or unmake a count.
      if (
        record.target.nodeType === Node.ELEMENT_NODE &&
        (hasDigitText(record.addedNodes) || hasDigitText(record.removedNodes))
      )
        textChanged.add(record.target as Element);
    }
    // The parser adds a post element by element, and its text node by node. Each element is scanned with the
    // outermost one added with it; text inside that one needs only the scopes around it (measured on a
    // parsed page: 6.8 s of script when every element and text was scanned on its own, 0.2 s now).
    const outermostAdded = outermostAmong(added);
    for (const element of added) if (!outermostAdded(element.parentElement)) scanInserted(element);
    const around = new Set([...textChanged].map((element) => outermostAdded(element) ?? element));
    for (const element of around) scanAround(element);
    const before = new Set<Element>();
    for (const record of records) {
      if (record.addedNodes.length === 0 || outermostAdded(record.target as Element)) continue;
      const previous = elementBefore(record);
      if (previous && !added.has(previous)) before.add(previous);
    }
    for (const element of before) scanRules(element);
  }

  apply();
  watchTitle(doc, titleObserver);
  const needsObserver = textRules.length > 0 || shadowScopes.length > 0 || taggedRules.length > 0;
  if (needsObserver) {
    const watchText = textRules.length > 0;
    observer.observe(root, {
      childList: true,
      subtree: true,
      characterData: watchText,
      characterDataOldValue: watchText,
    });
    scanInserted(root);
  }

  return {
    setHidden(metrics) {
      if (metrics.size === hidden.size && [...metrics].every((metric) => hidden.has(metric))) return;
      hidden = metrics;
      apply();
    },
    setPageType(type) {
      for (const name of root.getAttributeNames())
        if (name.startsWith(PAGE_ATTRIBUTE_PREFIX)) root.removeAttribute(name);
      root.setAttribute(`${PAGE_ATTRIBUTE_PREFIX}${type}`, '');
    },
    stop() {
      observer.disconnect();
      shadows.stop();
      titleObserver.disconnect();
      root.removeAttribute(HIDE_ATTRIBUTE);
    },
  };
}

// A button or link that shows an icon besides its count is an action (like, reply): hide only its number.
const ICON_ACTION = 'button:has(svg, img), [role="button"]:has(svg, img), a[href]:has(svg, img)';

/**
 * The largest element around `text`, inside `scope`, whose whole text is still only a count. A time is never one:
 * "2 sa" (Turkish: 2 hours) reads like "2 likes".
 */
function countElement(text: Node, scope: Element): Element | undefined {
  let element: Element | null = text.parentElement;
  if (!element || element === scope || element.matches(ICON_ACTION)) return undefined;
  if (!isCountText(element.textContent ?? '') || element.closest('time')) return undefined;
  for (let parent = element.parentElement; parent && parent !== scope; parent = parent.parentElement) {
    if (parent.matches(ICON_ACTION) || !isCountText(parent.textContent ?? '')) break;
    element = parent;
  }
  return element;
}

function hasDigitText(nodes: NodeList): boolean {
  for (const node of nodes) if (node.nodeType === Node.TEXT_NODE && DIGIT.test(node.nodeValue ?? '')) return true;
  return false;
}

/** The outermost of `elements` that is an element or holds it; each answer is kept, as the parser adds thousands. */
function outermostAmong(elements: ReadonlySet<Element>): (element: Element | null) => Element | undefined {
  const known = new Map<Element, Element | undefined>();
  const outermost = (element: Element | null): Element | undefined => {
    if (!element) return undefined;
    if (known.has(element)) return known.get(element);
    const found = outermost(element.parentElement) ?? (elements.has(element) ? element : undefined);
    known.set(element, found);
    return found;
  };
  return outermost;
}

/** Watches `<title>` for the "(3) " unread prefix; the head may not exist yet at document_start. */
function watchTitle(doc: Document, observer: MutationObserver): void {
  const observeHead = () =>
    observer.observe(doc.head as HTMLHeadElement, { childList: true, subtree: true, characterData: true });
  if (doc.head) {
    observeHead();
    return;
  }
  const waitForHead = new MutationObserver(() => {
    if (!doc.head) return;
    waitForHead.disconnect();
    observeHead();
    observer.takeRecords();
  });
  waitForHead.observe(doc.documentElement, { childList: true });
}
