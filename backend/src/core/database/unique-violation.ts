import { QueryFailedError } from 'typeorm';

/** The name of the unique constraint or index a failed insert/update hit, if that is what failed. */
export function violatedUniqueIndex(error: unknown): string | undefined {
  if (!(error instanceof QueryFailedError)) return undefined;
  const driverError = error.driverError as { code?: string; constraint?: string };
  return driverError.code === '23505' ? driverError.constraint : undefined;
}
