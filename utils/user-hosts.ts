import { platformForHost } from './platforms';
import { HostNameSchema } from './settings';

/** Why a typed instance address cannot be added, or the host name to add. */
export type HostCheck = { ok: true; host: string } | { ok: false; reason: 'invalid' | 'builtIn' | 'duplicate' };

/** Turns what a user typed ("https://Fosstodon.org/@me") into a bare host name, and checks it. */
export function checkUserHost(input: string, existing: readonly string[]): HostCheck {
  const trimmed = input.trim().toLowerCase();
  let host = trimmed;
  try {
    host = new URL(trimmed.includes('://') ? trimmed : `https://${trimmed}`).hostname;
  } catch {
    return { ok: false, reason: 'invalid' };
  }
  if (!HostNameSchema.safeParse(host).success) return { ok: false, reason: 'invalid' };
  if (platformForHost(host)) return { ok: false, reason: 'builtIn' };
  if (existing.includes(host)) return { ok: false, reason: 'duplicate' };
  return { ok: true, host };
}
