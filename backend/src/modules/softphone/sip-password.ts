import { createHmac } from 'node:crypto';

const PASSWORD_LENGTH = 24;

/**
 * The SIP digest password of an extension, derived rather than stored: the backend hands it to the
 * agent's browser and writes it into Asterisk's PJSIP config, and both always agree without a table.
 */
export function deriveSipPassword(secret: string, extension: string): string {
  return createHmac('sha256', secret).update(extension).digest('base64url').slice(0, PASSWORD_LENGTH);
}
