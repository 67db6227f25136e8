import { describe, expect, it } from 'vitest';
import { pageTypeOf } from '@/utils/page-type';
import { PLATFORMS } from '@/utils/platforms';

const x = PLATFORMS.find((platform) => platform.id === 'x') as (typeof PLATFORMS)[number];

describe('pageTypeOf', () => {
  it('tells X’s pages apart by path only', () => {
    expect(pageTypeOf(x, '/home')).toBe('feed');
    expect(pageTypeOf(x, '/ada/status/1861165466022785483')).toBe('post');
    expect(pageTypeOf(x, '/ada/status/1861165466022785483/analytics')).toBe('post');
    expect(pageTypeOf(x, '/notifications')).toBe('notifications');
    expect(pageTypeOf(x, '/messages/123-456')).toBe('messages');
    expect(pageTypeOf(x, '/search')).toBe('search');
    expect(pageTypeOf(x, '/ada')).toBe('profile');
    expect(pageTypeOf(x, '/ada/followers')).toBe('other');
  });

  it('calls every page of a platform without page types "other"', () => {
    expect(pageTypeOf({}, '/anything')).toBe('other');
  });

  it('has valid path patterns in every adapter', () => {
    for (const platform of PLATFORMS) {
      for (const page of platform.pageTypes ?? [])
        expect(() => new RegExp(page.path), `${platform.id} ${page.path}`).not.toThrow();
    }
  });
});
