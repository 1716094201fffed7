/**
 * Webhooks go to the tenant's own public servers, never into SAV's network: in production an
 * address in a private, loopback, link-local, shared or multicast range is refused, when the
 * endpoint is created (a literal address) and again before each delivery (what the name resolves
 * to then). A name that resolves differently between the check and the request is not covered.
 */
import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';

const V4_INTERNAL: readonly [number, number][] = [
  [0x00000000, 8], [0x0a000000, 8], [0x64400000, 10], [0x7f000000, 8], [0xa9fe0000, 16], [0xac100000, 12],
  [0xc0000000, 24], [0xc0a80000, 16], [0xc6120000, 15], [0xe0000000, 4], [0xf0000000, 4],
];

function v4Number(address: string): number {
  return address.split('.').reduce((value, part) => value * 256 + Number(part), 0);
}

function isInternalV4(address: string): boolean {
  const value = v4Number(address);
  return V4_INTERNAL.some(([base, bits]) => Math.floor(value / 2 ** (32 - bits)) === Math.floor(base / 2 ** (32 - bits)));
}

/** True for an address on the public internet; false for an internal one or not an address. */
export function isPublicAddress(address: string): boolean {
  const kind = isIP(address);
  if (kind === 4) return !isInternalV4(address);
  if (kind !== 6) return false;
  const lower = address.toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(lower);
  if (mapped) return !isInternalV4(mapped[1]!);
  if (lower === '::' || lower === '::1') return false;
  // fc00::/7 unique local, fe80::/10 link-local, ff00::/8 multicast.
  return !/^(f[cd]|fe[89ab]|ff)/.test(lower);
}

/** Whether every address `hostname` resolves to now is public (a literal address is judged as it is). */
export async function resolvesToPublicAddresses(hostname: string): Promise<boolean> {
  const bare = hostname.replace(/^\[|\]$/g, '');
  if (isIP(bare)) return isPublicAddress(bare);
  try {
    const addresses = await lookup(bare, { all: true });
    return addresses.length > 0 && addresses.every((entry) => isPublicAddress(entry.address));
  } catch {
    return false;
  }
}
