const ENDPOINT = /^(?:PJSIP|SIP)\/([^/@;-]+)/;
const LOCAL = /^Local\/([^@;]+)@/;

/**
 * The extension behind a channel or queue member interface: `PJSIP/1001-0000001a`, `SIP/1001`,
 * `Local/1001@agents/n` all name 1001. Null for anything else.
 */
export function channelExtension(channel: string | undefined): string | null {
  if (!channel) return null;
  return ENDPOINT.exec(channel)?.[1] ?? LOCAL.exec(channel)?.[1] ?? null;
}
