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
}

/** Declares an adapter, keeping its literal id so the registry can derive the `PlatformId` union. */
export function definePlatform<const Id extends string>(platform: Platform<Id>): Platform<Id> {
  return platform;
}
