import { createHash, timingSafeEqual } from 'node:crypto';
import { BlockList, isIPv4, isIPv6 } from 'node:net';

/*
 * Binotel does not sign its webhooks. Its docs protect a CRM by the source address ("обслуживание
 * запросов только с серверов Binotel", a list of its servers); we add a shared secret, sent in a request header
 * (the backend names it) and never in the URL, which logs keep. Both checks are pure so the backend's
 * guard stays one line.
 */

/**
 * Binotel's servers as its docs (developers.binotel.ua, "List of Binotel servers") and integrations
 * copied from them list them; a snapshot, so the backend should let configuration replace it.
 */
export const BINOTEL_SERVER_ADDRESSES: readonly string[] = Object.freeze([
  '194.88.218.114',
  '194.88.218.116',
  '194.88.218.117',
  '194.88.218.118',
  '194.88.218.119',
  '194.88.218.120',
  '194.88.219.67',
  '194.88.219.70',
  '194.88.219.71',
  '194.88.219.72',
  '194.88.219.78',
  '194.88.219.79',
  '194.88.219.80',
  '194.88.219.81',
  '194.88.219.82',
  '194.88.219.83',
  '194.88.219.84',
  '194.88.219.85',
  '194.88.219.86',
  '194.88.219.87',
  '194.88.219.88',
  '194.88.219.89',
  '194.88.219.92',
  '185.100.66.145',
  '185.100.66.146',
  '185.100.66.147',
  '45.91.129.203',
  '45.91.130.36',
  '45.91.130.51',
  '45.91.130.82',
]);

/** True when `given` is exactly the configured secret. An empty configured secret accepts nothing. */
export function secretMatches(expected: string, given: unknown): boolean {
  if (expected === '' || typeof given !== 'string') return false;
  // Digests have equal lengths, so the comparison takes the same time whatever the length of `given`.
  return timingSafeEqual(digest(expected), digest(given));
}

/** Exact addresses and CIDR ranges (`194.88.218.0/24`, `2001:db8::/32`), IPv4 or IPv6. */
export class AddressAllowList {
  private readonly list = new BlockList();

  constructor(rules: readonly string[]) {
    for (const rule of rules) this.add(rule.trim());
  }

  /** IPv4-mapped IPv6 (`::ffff:1.2.3.4`, as Node reports IPv4 peers on a dual-stack socket) counts as IPv4. */
  allows(address: string | null | undefined): boolean {
    const plain = address ? normalizeAddress(address) : null;
    if (plain === null) return false;
    return this.list.check(plain, isIPv4(plain) ? 'ipv4' : 'ipv6');
  }

  private add(rule: string): void {
    const [address, prefix, extra] = rule.split('/');
    const plain = normalizeAddress(address);
    if (plain === null || extra !== undefined)
      throw new RangeError(`Not an address or CIDR range: "${rule}"`);
    const family = isIPv4(plain) ? 'ipv4' : 'ipv6';
    if (prefix === undefined) {
      this.list.addAddress(plain, family);
      return;
    }
    const bits = /^\d{1,3}$/.test(prefix) ? Number(prefix) : NaN;
    if (!(bits <= (family === 'ipv4' ? 32 : 128))) throw new RangeError(`Bad prefix length in "${rule}"`);
    this.list.addSubnet(plain, bits, family);
  }
}

export interface BinotelRequestGuard {
  /** Empty or absent: no secret is asked for. */
  secret?: string | null;
  /** Absent: any source address. */
  allowList?: AddressAllowList | null;
}

export type BinotelRequestVerdict = 'accepted' | 'bad-secret' | 'address-not-allowed';

/** Both configured checks must pass. */
export function verifyBinotelRequest(
  guard: BinotelRequestGuard,
  request: { secret: unknown; remoteAddress: string | null | undefined },
): BinotelRequestVerdict {
  if (guard.secret && !secretMatches(guard.secret, request.secret)) return 'bad-secret';
  if (guard.allowList && !guard.allowList.allows(request.remoteAddress)) return 'address-not-allowed';
  return 'accepted';
}

/** `[::1]`, `fe80::1%eth0` and `::ffff:1.2.3.4` as plain addresses; null for anything else. */
export function normalizeAddress(address: string): string | null {
  let plain = address.trim();
  if (plain.startsWith('[') && plain.endsWith(']')) plain = plain.slice(1, -1);
  plain = plain.replace(/%[\w.-]+$/, '');
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(plain);
  if (mapped) plain = mapped[1];
  if (isIPv4(plain)) return plain;
  return isIPv6(plain) ? plain.toLowerCase() : null;
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}
