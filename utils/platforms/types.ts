import type { ActionKind, Metric, PageType } from '../vocabulary';

/** CSS selectors per metric: each string one selector, hidden wherever it matches. */
export type CounterSelectors = Partial<Record<Metric, readonly string[]>>;

/** A control whose click by the user is one of their own actions: a trusted click inside `click` counts `kind`. */
export interface ActionControl {
  readonly kind: ActionKind;
  /** The control in the state that does the action (`like`, never the `unlike` of a liked post). */
  readonly click: string;
}

/** A field where the user writes, and what sending from it counts as. */
export interface Composer {
  readonly kind: ActionKind;
  /** The editable field (or an element around it). */
  readonly field: string;
  /** Enter alone sends (chat boxes); elsewhere only Ctrl/Cmd+Enter does. */
  readonly enterSends?: boolean;
}

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
  /**
   * The user's own actions, recognised from their clicks; the first control around the click wins, so list
   * the specific (a reply dialog's send button) before the general (any send button). Disabled controls
   * never count. Never English words: labels change with the language.
   */
  readonly actions?: readonly ActionControl[];
  /** Where the user writes (post box, reply box, message box); the first field around the focus wins. */
  readonly composers?: readonly Composer[];
}

/** Declares an adapter, keeping its literal id so the registry can derive the `PlatformId` union. */
export function definePlatform<const Id extends string>(platform: Platform<Id>): Platform<Id> {
  return platform;
}
