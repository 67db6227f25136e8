import type { Metric, PageType } from '../vocabulary';

/** CSS selectors per metric: each string one selector, hidden wherever it matches. */
export type CounterSelectors = Partial<Record<Metric, readonly string[]>>;

/** What every platform adapter declares. Adapters are data: importing one runs nothing. */
export interface Platform<Id extends string = string> {
  /** Equal to the adapter's file name, the settings key and the `platform` value stored in the database. */
  readonly id: Id;
  /** The platform's brand name as users know it; brands are not translated. */
  readonly name: string;
  /** Exact host names served over https, without protocol or path. */
  readonly hosts: readonly string[];
  /** True when the platform runs on hosts we cannot list (Mastodon): users add theirs at run time. */
  readonly userHosts?: boolean;
  /**
   * Elements that show a count, per metric. Select the smallest element holding the number (never a
   * button or link that holds anything else): it is hidden with `visibility`, so the button keeps its size.
   */
  readonly counters: CounterSelectors;
  /**
   * Selectors too costly for page-wide CSS — anything with `:has()`, whose style invalidation on every
   * insertion made a 2,000-post feed over five times slower — matched by script inside each inserted subtree
   * instead, and tagged and hidden like `counters`. `within`, a simple selector, narrows the search first
   * (`select` is then only tried inside such elements), which keeps long feeds cheap.
   */
  readonly taggedCounters?: readonly { readonly metric: Metric; readonly select: string; readonly within?: string }[];
  /** Page types by URL path (a regular expression source), first match wins; any other page is `other`. */
  readonly pageTypes?: readonly { readonly type: PageType; readonly path: string }[];
  /**
   * Counters that exist on one page type only, switched on by an attribute whose NAME is present on that
   * page alone. The only CSS that may use `:has()`: browsers reject a rule early when an ancestor attribute
   * name it needs is missing, so it costs nothing on the other pages (measured: 5 % instead of fivefold).
   */
  readonly pageCounters?: Partial<Record<PageType, CounterSelectors>>;
  /** Counters inside open shadow roots: selectors that apply inside each shadow root of `host`. */
  readonly shadowCounters?: readonly { readonly host: string; readonly counters: CounterSelectors }[];
  /**
   * Counts that only exist as text ("23 comments", "1,2K"): inside each element matching `within`, the
   * smallest element whose whole text is a count in any language is tagged and hidden as `metric`.
   */
  readonly textCounters?: readonly { readonly metric: Metric; readonly within: string }[];
}

/** Declares an adapter, keeping its literal id so the registry can derive the `PlatformId` union. */
export function definePlatform<const Id extends string>(platform: Platform<Id>): Platform<Id> {
  return platform;
}
