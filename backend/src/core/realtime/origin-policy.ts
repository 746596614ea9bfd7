import { IncomingMessage } from 'node:http';

export interface OriginPolicyOptions {
  /** Where users open the product (`PUBLIC_URL`); a reverse proxy may make it differ from the Host header. */
  publicUrl: string | null;
  /** The Angular dev server proxies the socket from its own port on this machine. */
  allowLocalDevServer: boolean;
}

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

function originOf(value: string): URL | null {
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

/**
 * Whether a socket handshake may proceed: browsers always send `Origin`, so a page of another site is
 * refused; a client without one (a server, a test) still needs a valid token like everyone else.
 */
export function originAllowed(request: IncomingMessage, options: OriginPolicyOptions): boolean {
  const origin = request.headers.origin;
  if (origin === undefined) return true;
  const url = originOf(origin);
  if (!url) return false;
  if (url.host === request.headers.host) return true;
  if (options.publicUrl && url.origin === new URL(options.publicUrl).origin) return true;
  return options.allowLocalDevServer && LOCAL_HOSTS.has(url.hostname);
}
