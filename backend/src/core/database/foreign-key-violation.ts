import { QueryFailedError } from 'typeorm';

/** The foreign key a failed insert/update broke (it named a row that does not exist), if that is what failed. */
export function violatedForeignKey(error: unknown): string | undefined {
  if (!(error instanceof QueryFailedError)) return undefined;
  const driverError = error.driverError as { code?: string; constraint?: string };
  return driverError.code === '23503' ? driverError.constraint : undefined;
}
