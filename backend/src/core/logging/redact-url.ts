/** Query parameters that carry credentials (the Binotel webhook's shared secret), by their decoded name. */
const SECRET_PARAMETERS = new Set(['secret', 'token', 'access_token', 'password']);

/**
 * The URL with the values of credential parameters replaced, whatever encoding their names arrive in
 * (`?secre%74=` is `secret` to the query parser, so it must be to the redaction too).
 */
export function redactUrl(url: string): string {
  const start = url.indexOf('?');
  if (start < 0) return url;
  const parameters = new URLSearchParams(url.slice(start + 1));
  const secret = [...parameters.keys()].filter((name) => SECRET_PARAMETERS.has(name.toLowerCase()));
  if (secret.length === 0) return url;
  for (const name of secret) parameters.set(name, '[redacted]');
  return `${url.slice(0, start)}?${parameters.toString()}`;
}
