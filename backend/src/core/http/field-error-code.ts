import { FieldErrorCode } from '@switchboard/contracts';

/** class-validator constraint names grouped by the reason a user is shown. */
const CODES_BY_CONSTRAINT: Record<string, FieldErrorCode> = {
  isNotEmpty: 'REQUIRED',
  isDefined: 'REQUIRED',
  minLength: 'TOO_SHORT',
  arrayMinSize: 'TOO_SHORT',
  maxLength: 'TOO_LONG',
  arrayMaxSize: 'TOO_LONG',
  min: 'TOO_SMALL',
  max: 'TOO_LARGE',
  matches: 'INVALID_FORMAT',
  isEmail: 'INVALID_FORMAT',
  isUuid: 'INVALID_FORMAT',
  isDateString: 'INVALID_FORMAT',
  isISO8601: 'INVALID_FORMAT',
  isPhoneNumber: 'INVALID_FORMAT',
  isIn: 'NOT_ALLOWED',
  isEnum: 'NOT_ALLOWED',
  whitelistValidation: 'UNKNOWN_FIELD',
  isString: 'WRONG_TYPE',
  isInt: 'WRONG_TYPE',
  isNumber: 'WRONG_TYPE',
  isBoolean: 'WRONG_TYPE',
  isArray: 'WRONG_TYPE',
  isObject: 'WRONG_TYPE',
};

export function fieldErrorCode(constraint: string): FieldErrorCode {
  return CODES_BY_CONSTRAINT[constraint] ?? 'INVALID';
}
