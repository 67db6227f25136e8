import type { Platform } from './platforms/types';
import type { PageType } from './vocabulary';

/** The page type of `pathname` on `platform`: the first of its `pageTypes` whose path matches, else `other`. */
export function pageTypeOf(platform: Pick<Platform, 'pageTypes'>, pathname: string): PageType {
  return platform.pageTypes?.find((page) => new RegExp(page.path).test(pathname))?.type ?? 'other';
}
