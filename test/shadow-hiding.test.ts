import { afterEach, describe, expect, it } from 'vitest';
import { AWAITING_SHADOW_ATTRIBUTE } from '@/utils/hide-css';
import { type ShadowHiding, shadowHiding } from '@/utils/shadow-hiding';

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));

/** A document the parser is still loading, with a feed to put hosts in. */
function streamingPage(): { doc: Document; feed: HTMLElement } {
  const doc = new DOMParser().parseFromString('<html><body><main></main></body></html>', 'text/html');
  Object.defineProperty(doc, 'readyState', { value: 'loading', configurable: true });
  return { doc, feed: doc.querySelector('main') as HTMLElement };
}

let running: ShadowHiding | undefined;
afterEach(() => running?.stop());

function start(doc: Document): ShadowHiding {
  running = shadowHiding([{ host: 'x-post', counters: { likes: ['.score'] } }], doc);
  running.setHidden(new Set(['likes']));
  return running;
}

describe('shadowHiding', () => {
  it('keeps a host the parser is still streaming hidden until its shadow root has the sheet', async () => {
    const { doc, feed } = streamingPage();
    const hiding = start(doc);
    const passed = doc.createElement('x-post');
    const streaming = doc.createElement('x-post');
    feed.append(passed, ' ', streaming);
    hiding.scan(feed);
    expect(streaming.hasAttribute(AWAITING_SHADOW_ATTRIBUTE)).toBe(true);
    expect(passed.hasAttribute(AWAITING_SHADOW_ATTRIBUTE)).toBe(false);
    streaming.attachShadow({ mode: 'open' }).innerHTML = '<span class="score">3</span>';
    await nextFrame();
    expect(streaming.hasAttribute(AWAITING_SHADOW_ATTRIBUTE)).toBe(false);
    const rules = [...(streaming.shadowRoot?.adoptedStyleSheets[0]?.cssRules ?? [])].map((rule) => rule.cssText);
    expect(rules.join()).toContain('.score');
  });

  it('shows a streamed host again once the parser went past it without giving it a shadow root', async () => {
    const { doc, feed } = streamingPage();
    const hiding = start(doc);
    const host = doc.createElement('x-post');
    feed.append(host);
    hiding.scan(feed);
    expect(host.hasAttribute(AWAITING_SHADOW_ATTRIBUTE)).toBe(true);
    host.append(doc.createElement('div'));
    await nextFrame();
    expect(host.hasAttribute(AWAITING_SHADOW_ATTRIBUTE)).toBe(false);
  });

  it('never hides a host while no metric is hidden, nor once it is stopped', () => {
    const { doc, feed } = streamingPage();
    const hiding = start(doc);
    hiding.setHidden(new Set());
    const shown = doc.createElement('x-post');
    feed.append(shown);
    hiding.scan(feed);
    expect(shown.hasAttribute(AWAITING_SHADOW_ATTRIBUTE)).toBe(false);
    hiding.setHidden(new Set(['likes']));
    const waiting = doc.createElement('x-post');
    feed.append(waiting);
    hiding.scan(waiting);
    expect(waiting.hasAttribute(AWAITING_SHADOW_ATTRIBUTE)).toBe(true);
    hiding.stop();
    expect(waiting.hasAttribute(AWAITING_SHADOW_ATTRIBUTE)).toBe(false);
  });
});
