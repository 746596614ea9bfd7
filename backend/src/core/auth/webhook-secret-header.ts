/**
 * The one place a PBX webhook's shared secret is read from. Never the query string: URLs end up in
 * access logs, proxies' logs and browser history, and a parameter name can be percent-encoded past a filter.
 */
export const WEBHOOK_SECRET_HEADER = 'x-webhook-secret';
