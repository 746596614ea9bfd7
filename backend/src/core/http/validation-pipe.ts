import { ValidationError, ValidationPipe } from '@nestjs/common';
import { ValidationFailedError, CodedFieldError } from './domain-error';
import { fieldErrorCode } from './field-error-code';

function flatten(errors: ValidationError[], parent = ''): CodedFieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([constraint, reason]) => ({
      field,
      reason,
      code: fieldErrorCode(constraint, error),
      constraint,
    }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** Whitelisting validation whose failures name each field and reason. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    // The factory below reads the DTO of a failed `isLength` for its bounds; it never sends the target on.
    validationError: { target: true, value: true },
    exceptionFactory: (errors) => new ValidationFailedError(flatten(errors)),
  });
}
