/** Query parameters that carry credentials, by their decoded name in any case. */
const SECRET_PARAMETERS = new Set(['secret', 'token', 'access_token', 'password']);

const isSecret = (name: string) => SECRET_PARAMETERS.has(name.toLowerCase());

/** Paths whose last part is a credential: a recording's signed link. */
const SECRET_PATH = /^(\/api\/recordings\/)[^/?#]+/i;

/**
 * The URL with the values of credential parameters replaced, whatever encoding their names arrive in
 * (`?secre%74=` is `secret` to the query parser, so it must be to the redaction too), and signed links' grants.
 */
export function redactUrl(received: string): string {
  const url = received.replace(SECRET_PATH, '$1[redacted]');
  const start = url.indexOf('?');
  if (start < 0) return url;
  const parameters = new URLSearchParams(url.slice(start + 1));
  const secret = [...parameters.keys()].filter(isSecret);
  if (secret.length === 0) return url;
  for (const name of secret) parameters.set(name, '[redacted]');
  return `${url.slice(0, start)}?${parameters.toString()}`;
}

/** The parsed query with the same parameters' values replaced (`SECRET`, `Token` included). */
export function redactQuery(query: unknown): unknown {
  if (typeof query !== 'object' || query === null) return query;
  return Object.fromEntries(
    Object.entries(query).map(([name, value]) => [name, isSecret(name) ? '[redacted]' : value]),
  );
}
