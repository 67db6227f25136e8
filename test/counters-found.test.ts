import { describe, expect, it } from 'vitest';
import { countersFound } from '@/utils/counters-found';
import { COUNT_ATTRIBUTE } from '@/utils/hide-css';
import type { Platform } from '@/utils/platforms/types';
import { METRICS, type Metric } from '@/utils/vocabulary';

const platform: Platform = {
  id: 'test',
  name: 'Test',
  hosts: ['test.example'],
  counters: {
    likes: ['.score', '.score span'],
    views: ['.views'],
    replies: ['.replies:unknown-pseudo('], // rejected by the browser: it finds nothing, and stops nothing
  },
  pageCounters: { profile: { followers: ['.header b'] } },
  shadowCounters: [{ host: 'x-post', counters: { likes: ['.inner'] } }],
};

const ALL = new Set<Metric>(METRICS);

function page(body: string): Document {
  return new DOMParser().parseFromString(`<html><body>${body}</body></html>`, 'text/html');
}

describe('countersFound', () => {
  it('counts each number the rules hide once, and no empty counter', () => {
    const doc = page(`
      <div class="score"><span>12</span></div>
      <div class="score"><span></span></div>
      <span class="views">1,2 mln. weergaven</span>
      <span ${COUNT_ATTRIBUTE}="replies">23 opmerkingen</span>`);
    expect(countersFound(platform, doc, ALL, 'feed')).toBe(3);
  });

  it('counts only the metrics hidden, and page counters only on their page type', () => {
    const doc = page('<span class="views">4</span><div class="header"><b>1.2K</b></div>');
    expect(countersFound(platform, doc, new Set(['likes']), 'profile')).toBe(0);
    expect(countersFound(platform, doc, new Set(['views', 'followers']), 'feed')).toBe(1);
    expect(countersFound(platform, doc, new Set(['views', 'followers']), 'profile')).toBe(2);
  });

  it('counts inside open shadow roots', () => {
    const doc = page('<x-post></x-post>');
    (doc.querySelector('x-post') as HTMLElement).attachShadow({ mode: 'open' }).innerHTML =
      '<span class="inner">9</span>';
    expect(countersFound(platform, doc, ALL, 'feed')).toBe(1);
  });

  it('finds none on a page whose markup lost the hooks', () => {
    const doc = page('<div class="points"><span>12</span></div><p>12 replies</p>');
    expect(countersFound(platform, doc, ALL, 'feed')).toBe(0);
  });
});
