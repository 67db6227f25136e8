import { AWAITING_SHADOW_ATTRIBUTE, shadowCss } from './hide-css';
import type { Platform } from './platforms/types';
import type { Metric } from './vocabulary';

/** About two seconds: a host without a shadow root by then is not going to get one. */
const MAX_SHADOW_WAIT_FRAMES = 120;

/** Hiding inside open shadow roots, which the document's stylesheet cannot reach. */
export interface ShadowHiding {
  /** Adopts the hiding sheet into the shadow roots of the hosts in and under `element`. */
  scan(element: Element): void;
  setHidden(metrics: ReadonlySet<Metric>): void;
  stop(): void;
}

/** One constructed sheet per kind of shadow host, adopted by each such host's shadow root. */
export function shadowHiding(scopes: NonNullable<Platform['shadowCounters']>, doc: Document): ShadowHiding {
  const sheets = scopes.map((scope) => ({ scope, sheet: new CSSStyleSheet() }));
  let hiding = false;
  // A host can be seen before its shadow root exists: the parser attaches a declarative one after the host, a
  // custom element gets one on upgrade. Retry on each animation frame, which runs before that frame is painted.
  // While the parser may still be filling the host's shadow root, the host stays hidden: the page's own frame
  // callbacks run before ours and must not see a count that our sheet is about to hide.
  const awaiting = new Map<Element, { sheet: CSSStyleSheet; framesLeft: number }>();
  let frameRequested = false;

  function awaitShadowRoot(host: Element, sheet: CSSStyleSheet): void {
    awaiting.set(host, { sheet, framesLeft: MAX_SHADOW_WAIT_FRAMES });
    if (hiding && parserMayFill(host)) host.setAttribute(AWAITING_SHADOW_ATTRIBUTE, '');
    if (!frameRequested) {
      frameRequested = true;
      requestAnimationFrame(retry);
    }
  }

  /** True while the parser has not gone past the host's start, where a declarative shadow root comes. */
  function parserMayFill(host: Element): boolean {
    return doc.readyState === 'loading' && !host.firstElementChild && !host.nextSibling;
  }

  function retry(): void {
    frameRequested = false;
    for (const [host, waiting] of awaiting) {
      const adopted = adoptInto(host, waiting.sheet);
      if (adopted || !parserMayFill(host)) host.removeAttribute(AWAITING_SHADOW_ATTRIBUTE);
      if (adopted || --waiting.framesLeft <= 0) forget(host);
    }
    if (awaiting.size > 0) {
      frameRequested = true;
      requestAnimationFrame(retry);
    }
  }

  function forget(host: Element): void {
    host.removeAttribute(AWAITING_SHADOW_ATTRIBUTE);
    awaiting.delete(host);
  }

  return {
    scan(element) {
      for (const { scope, sheet } of sheets) {
        const hosts = element.matches(scope.host) ? [element] : element.querySelectorAll(scope.host);
        for (const host of hosts) if (!adoptInto(host, sheet)) awaitShadowRoot(host, sheet);
      }
    },
    setHidden(metrics) {
      hiding = metrics.size > 0;
      for (const { scope, sheet } of sheets) sheet.replaceSync(shadowCss(scope.counters, metrics));
    },
    stop() {
      for (const host of awaiting.keys()) forget(host);
    },
  };
}

/** Adds `sheet` to the host's open shadow root; false when it has none (yet). */
function adoptInto(host: Element, sheet: CSSStyleSheet): boolean {
  const shadow = host.shadowRoot;
  if (!shadow) return false;
  if (!shadow.adoptedStyleSheets.includes(sheet)) shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, sheet];
  return true;
}
