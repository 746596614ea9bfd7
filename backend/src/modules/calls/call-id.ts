import { createHash } from 'node:crypto';

/** A fixed namespace for call ids (RFC 4122 name-based ids, version 5). */
const NAMESPACE = Buffer.from('6f1c3e2a9b7d4c8e8a1f0b2c3d4e5f60', 'hex');

/**
 * The stored id of a PBX call: the same PBX and PBX call id always give the same UUID, so the screen-pop
 * can name a call before its row is written and two reports of one call meet in one row.
 */
export function callIdOf(pbx: string, pbxCallId: string): string {
  const hash = createHash('sha1').update(NAMESPACE).update(`${pbx}:${pbxCallId}`).digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
