import { afterEach, describe, expect, it, vi } from 'vitest';
import { type Demetricator, demetricate } from '@/utils/demetricate';
import { COUNT_ATTRIBUTE, HIDE_ATTRIBUTE } from '@/utils/hide-css';
import type { Platform } from '@/utils/platforms/types';
import { METRICS, type Metric } from '@/utils/vocabulary';

const ALL = new Set<Metric>(METRICS);
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Frames that run only when the test says so. The event loop can run any number of real frames while a test
 * waits for a timer, and the shadow hiding gives up on a host after a number of frames.
 */
function heldFrames(): { run(count: number): void } {
  let waiting: FrameRequestCallback[] = [];
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => waiting.push(callback));
  return {
    run(count) {
      for (let frame = 0; frame < count; frame++) {
        const due = waiting;
        waiting = [];
        for (const callback of due) callback(performance.now());
      }
    },
  };
}

function page(body: string, title = 'Feed'): Document {
  return new DOMParser().parseFromString(
    `<html><head><title>${title}</title></head><body>${body}</body></html>`,
    'text/html',
  );
}

const platform: Platform = {
  id: 'example',
  name: 'Example',
  hosts: ['example.social'],
  counters: { likes: ['.like .count'] },
  textCounters: [{ metric: 'replies', within: '.footer' }],
  shadowCounters: [{ host: 'x-post', counters: { likes: ['.score'] } }],
};

let running: Demetricator | undefined;
afterEach(() => {
  running?.stop();
  vi.unstubAllGlobals();
});

describe('demetricate', () => {
  it('lists the hidden metrics on <html> at once, where they switch the stylesheet’s rules', () => {
    const doc = page('');
    running = demetricate(platform, doc, new Set(['likes', 'views']));
    expect(doc.documentElement.getAttribute(HIDE_ATTRIBUTE)).toBe('likes views');
    running.setHidden(new Set());
    expect(doc.documentElement.getAttribute(HIDE_ATTRIBUTE)).toBe('');
  });

  it('leaves <html> untouched when the stored settings equal the ones the page started with', () => {
    const doc = page('');
    running = demetricate(platform, doc, new Set(['likes', 'views']));
    const writes = new MutationObserver(() => undefined);
    writes.observe(doc.documentElement, { attributes: true });
    running.setHidden(new Set(['views', 'likes']));
    expect(writes.takeRecords()).toEqual([]);
    running.setHidden(new Set(['views']));
    expect(writes.takeRecords()).toHaveLength(1);
    writes.disconnect();
  });

  it('removes the "(3) " unread prefix from the title, also when the site sets it again, and can give it back', async () => {
    const doc = page('', '(3) Home / X');
    running = demetricate(platform, doc, ALL);
    expect(doc.title).toBe('Home / X');
    doc.title = '(12) Home / X';
    await settle();
    expect(doc.title).toBe('Home / X');
    running.setHidden(new Set(['likes']));
    expect(doc.title).toBe('(12) Home / X');
  });

  it('removes the unread prefix in any digits, and leaves other brackets in the title alone', () => {
    for (const [title, shown] of [
      ['(99+) Facebook', 'Facebook'],
      ['(1.234) Feed | LinkedIn', 'Feed | LinkedIn'],
      ['(٣) فيسبوك', 'فيسبوك'],
      ['\u200f(٣) فيسبوك', 'فيسبوك'],
      ['(live) Stream - YouTube', '(live) Stream - YouTube'],
      ['Home (3) / X', 'Home (3) / X'],
    ]) {
      const doc = page('', title);
      running = demetricate(platform, doc, ALL);
      expect(doc.title, title).toBe(shown);
      running.stop();
    }
  });

  it('tags counts written as text inside the adapter’s containers only, in any language', () => {
    const doc = page(`
      <div class="footer"><span role="button"><span>23 opmerkingen</span></span><span>1,2 mln.</span><span>Reageren</span></div>
      <p class="body"><span>2 days ago</span></p>`);
    running = demetricate(platform, doc, ALL);
    const tagged = [...doc.querySelectorAll(`[${COUNT_ATTRIBUTE}="replies"]`)].map((element) => element.textContent);
    expect(tagged).toEqual(['23 opmerkingen', '1,2 mln.']);
    expect(doc.querySelector('.body span')?.hasAttribute(COUNT_ATTRIBUTE)).toBe(false);
  });

  it('keeps a count tagged by a selector when a text rule over it cannot read its words', () => {
    const doc = page('<div class="footer"><span class="n">Comments on this post in total: 12</span></div>');
    const both: Platform = { ...platform, taggedCounters: [{ metric: 'replies', select: '.n' }] };
    running = demetricate(both, doc, ALL);
    expect(doc.querySelector('.n')?.getAttribute(COUNT_ATTRIBUTE)).toBe('replies');
  });

  it('tags counts in posts added later and counts whose text changes', async () => {
    const doc = page('<main></main>');
    running = demetricate(platform, doc, ALL);
    const main = doc.querySelector('main') as HTMLElement;
    main.insertAdjacentHTML('beforeend', '<div class="footer"><span id="c">Reply</span></div>');
    await settle();
    const count = doc.getElementById('c') as HTMLElement;
    expect(count.hasAttribute(COUNT_ATTRIBUTE)).toBe(false);
    (count.firstChild as Text).data = '4 replies';
    await settle();
    expect(count.getAttribute(COUNT_ATTRIBUTE)).toBe('replies');
  });

  it('tags the counts of a post added element by element, as the parser adds it; a selector’s metric wins', async () => {
    const doc = page('<main></main>');
    const both: Platform = { ...platform, taggedCounters: [{ metric: 'views', select: '.views' }] };
    running = demetricate(both, doc, ALL);
    const post = doc.createElement('article');
    doc.querySelector('main')?.append(post);
    const footer = doc.createElement('div');
    footer.className = 'footer';
    post.append(footer);
    const replies = doc.createElement('span');
    replies.append('12 opmerkingen');
    footer.append(replies);
    const views = doc.createElement('span');
    views.className = 'views';
    footer.append(views);
    views.append('1,2K');
    await settle();
    expect(replies.getAttribute(COUNT_ATTRIBUTE)).toBe('replies');
    expect(views.getAttribute(COUNT_ATTRIBUTE)).toBe('views');
  });

  it('scans a post the parser adds element by element and text by text once, not once per element', async () => {
    const doc = page('<main></main>');
    const both: Platform = { ...platform, taggedCounters: [{ metric: 'views', select: '.views' }] };
    running = demetricate(both, doc, ALL);
    const queries = vi.spyOn(Element.prototype, 'querySelectorAll');
    const climbs = vi.spyOn(Element.prototype, 'closest');
    let parent: Element = doc.querySelector('main') as Element;
    for (let depth = 0; depth < 40; depth++) {
      const child = doc.createElement('div');
      parent.append(child);
      child.append(`${depth} `);
      parent = child;
    }
    await settle();
    expect(queries.mock.calls.length).toBeLessThan(10);
    expect(climbs.mock.calls.length).toBeLessThan(10);
    queries.mockRestore();
    climbs.mockRestore();
  });

  it('tags a count in a row of text put whole into a scope that was already there', async () => {
    const doc = page('<div class="footer"></div>');
    running = demetricate(platform, doc, ALL);
    doc
      .querySelector('.footer')
      ?.insertAdjacentHTML('beforeend', '<div><span id="n">12 opmerkingen</span> · <span>Reageren</span></div>');
    await settle();
    expect(doc.getElementById('n')?.getAttribute(COUNT_ATTRIBUTE)).toBe('replies');
  });

  it('styles inside shadow roots, including ones attached after the host appeared, and follows the settings', async () => {
    const frames = heldFrames();
    const doc = page('<x-post id="early"></x-post>');
    (doc.getElementById('early') as HTMLElement).attachShadow({ mode: 'open' }).innerHTML =
      '<span class="score">9</span>';
    running = demetricate(platform, doc, ALL);
    const late = doc.createElement('x-post');
    doc.body.append(late);
    await settle();
    frames.run(3);
    late.attachShadow({ mode: 'open' }).innerHTML = '<span class="score">12</span>';
    frames.run(1);
    for (const host of doc.querySelectorAll('x-post')) {
      const sheets = host.shadowRoot?.adoptedStyleSheets ?? [];
      expect(sheets).toHaveLength(1);
      expect([...(sheets[0]?.cssRules ?? [])].map((rule) => rule.cssText).join()).toContain('.score');
    }
    running.setHidden(new Set(['views']));
    const sheet = doc.querySelector('x-post')?.shadowRoot?.adoptedStyleSheets[0];
    expect(sheet?.cssRules).toHaveLength(0);
  });

  it('undoes itself when stopped', () => {
    const doc = page('');
    demetricate(platform, doc, ALL).stop();
    expect(doc.documentElement.hasAttribute(HIDE_ATTRIBUTE)).toBe(false);
  });
});

describe('the text tagger near actions', () => {
  it('hides the number of an icon button, never the button, and never the container it searches', () => {
    const doc = page(`
      <div class="footer"><button id="like"><svg></svg><span id="n">12</span></button><span id="only">4 replies</span></div>
      <div class="footer" id="bare">7</div>`);
    running = demetricate(platform, doc, ALL);
    expect(doc.getElementById('n')?.getAttribute(COUNT_ATTRIBUTE)).toBe('replies');
    expect(doc.getElementById('like')?.hasAttribute(COUNT_ATTRIBUTE)).toBe(false);
    expect(doc.getElementById('only')?.getAttribute(COUNT_ATTRIBUTE)).toBe('replies');
    expect(doc.getElementById('bare')?.hasAttribute(COUNT_ATTRIBUTE)).toBe(false);
  });

  it('never takes a time for a count, though "2 sa" (Turkish: 2 hours) reads like one', () => {
    const doc = page(`
      <div class="footer"><span id="ago"><time>2 sa</time></span><span id="n">3.435.167 takipçi</span></div>
      <div class="footer"><time id="week"><span>1</span> hf.</time></div>`);
    running = demetricate(platform, doc, ALL);
    expect(doc.getElementById('n')?.getAttribute(COUNT_ATTRIBUTE)).toBe('replies');
    expect(doc.querySelectorAll(`[${COUNT_ATTRIBUTE}]`)).toHaveLength(1);
  });
});

describe('the text tagger as pages re-render', () => {
  it('tags text appended to an element that already existed, and untags an element reused for other text', async () => {
    const doc = page('<div class="footer"><span id="s"></span></div>');
    running = demetricate(platform, doc, ALL);
    const span = doc.getElementById('s') as HTMLElement;
    span.append(doc.createTextNode('12 replies'));
    await settle();
    expect(span.getAttribute(COUNT_ATTRIBUTE)).toBe('replies');
    span.textContent = 'Reply';
    await settle();
    expect(span.hasAttribute(COUNT_ATTRIBUTE)).toBe(false);
  });
});

describe('page counters', () => {
  it('marks the page type on <html> by attribute name, one at a time', () => {
    const doc = page('');
    running = demetricate(platform, doc, ALL);
    running.setPageType('post');
    expect(doc.documentElement.hasAttribute('data-betrokken-on-post')).toBe(true);
    running.setPageType('feed');
    expect(doc.documentElement.hasAttribute('data-betrokken-on-post')).toBe(false);
    expect(doc.documentElement.hasAttribute('data-betrokken-on-feed')).toBe(true);
  });
});
