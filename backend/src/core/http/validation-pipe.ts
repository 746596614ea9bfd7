import { ValidationError, ValidationPipe } from '@nestjs/common';
import { FieldError } from '@switchboard/contracts';
import { ValidationFailedError } from './domain-error';
import { fieldErrorCode } from './field-error-code';

function flatten(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([constraint, reason]) => ({
      field,
      reason,
      code: fieldErrorCode(constraint),
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
    exceptionFactory: (errors) => new ValidationFailedError(flatten(errors)),
  });
}
