/**
 * A readable reason for anything thrown. Some errors carry no message (ioredis and pg reject
 * with an AggregateError of the refused addresses, a bare `new Error()` has none either), so
 * the text falls back to their parts, their code, or their name: never an empty string.
 */
export function messageOf(error: unknown): string {
  if (typeof error === 'string' && error) return error;
  if (!(error instanceof Error)) return 'an error without a message';
  if (error.message) return error.message;
  if (error instanceof AggregateError && error.errors.length) {
    return error.errors.map(messageOf).join('; ');
  }
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && code) return `${error.name} ${code}`;
  return `${error.name} without a message`;
}
