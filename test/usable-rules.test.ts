import { afterEach, describe, expect, it } from 'vitest';
import { actionOfClick, composerOf } from '@/utils/actions';
import { type Demetricator, demetricate } from '@/utils/demetricate';
import { COUNT_ATTRIBUTE } from '@/utils/hide-css';
import { pageTypeOf } from '@/utils/page-type';
import type { Platform } from '@/utils/platforms/types';
import { usableRules } from '@/utils/usable-rules';
import { METRICS, type Metric } from '@/utils/vocabulary';

// Each one different: happy-dom throws for an invalid selector only the first time it parses it.
const unparsable = (name: string) => `.${name}:unknown-pseudo(`;

/** An adapter whose first rule of each kind this browser rejects, as a browser may reject a newer selector. */
const platform: Platform = {
  id: 'test',
  name: 'Test',
  hosts: ['test.example'],
  counters: {},
  taggedCounters: [
    { metric: 'likes', select: unparsable('tagged') },
    { metric: 'likes', select: '.count', within: unparsable('scope') },
    { metric: 'likes', select: '.likes .count' },
  ],
  textCounters: [
    { metric: 'replies', within: unparsable('text') },
    { metric: 'replies', within: '.footer' },
  ],
  actions: [
    { kind: 'follow', click: unparsable('follow') },
    { kind: 'like', click: '.like' },
  ],
  composers: [
    { kind: 'post', field: unparsable('post') },
    { kind: 'reply', field: '.reply textarea' },
  ],
  pageTypes: [
    { type: 'post', path: '^/(post' },
    { type: 'feed', path: '^/$' },
  ],
};

let running: Demetricator | undefined;
afterEach(() => running?.stop());

function page(body: string): Document {
  return new DOMParser().parseFromString(`<html><body>${body}</body></html>`, 'text/html');
}

describe('usableRules', () => {
  it('leaves out, and counts, each rule whose selector or path this browser rejects', () => {
    const { platform: usable, rejected } = usableRules(platform, page(''));
    expect(rejected).toBe(6);
    expect(usable.taggedCounters).toEqual([{ metric: 'likes', select: '.likes .count' }]);
    expect(usable.textCounters).toEqual([{ metric: 'replies', within: '.footer' }]);
    expect(usable.actions?.map((action) => action.kind)).toEqual(['like']);
    expect(usable.composers?.map((composer) => composer.kind)).toEqual(['reply']);
    expect(pageTypeOf(usable, '/')).toBe('feed');
  });

  it('lets every other rule carry on: counts hidden, actions and fields recognised', () => {
    const doc = page(`
      <div class="likes"><span class="count" id="likes">12</span></div>
      <div class="footer"><span id="replies">4 replies</span></div>
      <button class="like" id="like">Like</button>
      <form class="reply"><textarea id="field"></textarea></form>`);
    const usable = usableRules(platform, doc).platform;
    running = demetricate(usable, doc, new Set<Metric>(METRICS));
    expect(doc.getElementById('likes')?.getAttribute(COUNT_ATTRIBUTE)).toBe('likes');
    expect(doc.getElementById('replies')?.getAttribute(COUNT_ATTRIBUTE)).toBe('replies');
    expect(actionOfClick(usable, doc.getElementById('like') as Element)).toBe('like');
    expect(composerOf(usable, doc.getElementById('field') as Element)?.kind).toBe('reply');
  });

  it('is needed: the adapter as written stops at its first rejected rule', () => {
    const doc = page('<button class="like" id="like">Like</button>');
    expect(() => demetricate(platform, doc, new Set<Metric>(METRICS))).toThrow();
    expect(() => actionOfClick(platform, doc.getElementById('like') as Element)).toThrow();
  });
});
