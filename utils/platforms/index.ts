import * as z from 'zod/mini';
import bluesky from './bluesky';
import facebook from './facebook';
import instagram from './instagram';
import linkedin from './linkedin';
import mastodon from './mastodon';
import reddit from './reddit';
import threads from './threads';
import tiktok from './tiktok';
import type { Platform } from './types';
import x from './x';
import youtube from './youtube';

/** The only registry of platforms, sorted by id. Adding a platform adds one line here. */
export const PLATFORMS = [
  bluesky,
  facebook,
  instagram,
  linkedin,
  mastodon,
  reddit,
  threads,
  tiktok,
  x,
  youtube,
] as const;

/** The id of a supported platform. */
export type PlatformId = (typeof PLATFORMS)[number]['id'];

/** Every platform id, in registry order. */
export const PLATFORM_IDS = PLATFORMS.map((platform) => platform.id) as [PlatformId, ...PlatformId[]];

/** A supported platform's id, as stored and as sent in messages. */
export const PlatformIdSchema = z.enum(PLATFORM_IDS);

/** Each platform has a content script of its own, with only its own rules: `content-scripts/<name>.js`. */
export function contentScriptName(id: PlatformId): string {
  return `content-${id}`;
}

/** The `https://<host>/*` match pattern of each host. */
export function matchPattern(host: string): string {
  return `https://${host}/*`;
}

/** Match patterns for every built-in host of every platform (content scripts and host permissions). */
export function hostMatchPatterns(): string[] {
  return PLATFORMS.flatMap((platform) => platform.hosts.map(matchPattern));
}

/** The platform that runs on hosts users add themselves (Mastodon), if any. */
export const USER_HOST_PLATFORM = PLATFORMS.find((platform) => platform.userHosts);

/** The user-added hosts as the `extraHosts` of `platformForHost`. */
export function userHostMap(hosts: readonly string[]): Record<string, PlatformId> {
  return USER_HOST_PLATFORM ? Object.fromEntries(hosts.map((host) => [host, USER_HOST_PLATFORM.id])) : {};
}

/** The platform served at a host name, or undefined. `extraHosts` maps user-added hosts to platforms. */
export function platformForHost(
  hostname: string,
  extraHosts: Readonly<Record<string, PlatformId>> = {},
): Platform<PlatformId> | undefined {
  const host = hostname.toLowerCase();
  const id = extraHosts[host];
  if (id) return PLATFORMS.find((platform) => platform.id === id);
  return PLATFORMS.find((platform) => platform.hosts.includes(host));
}
