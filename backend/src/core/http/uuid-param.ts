import { Param, ParseUUIDPipe } from '@nestjs/common';
import { ValidationFailedError } from './domain-error';

/** A route parameter that must be a UUID; anything else answers 400 naming the parameter. */
export const UuidParam = (name: string) =>
  Param(
    name,
    new ParseUUIDPipe({
      exceptionFactory: () =>
        new ValidationFailedError([{ field: name, reason: 'must be a UUID', code: 'INVALID_FORMAT' }]),
    }),
  );
