import { FieldErrorCode } from '@switchboard/contracts';
import { ValidationError, getMetadataStorage } from 'class-validator';

/** class-validator constraint names (and our own `ValidateBy` names) grouped by the reason a user is shown. */
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
  isDecimal: 'INVALID_FORMAT',
  isAmount: 'INVALID_FORMAT',
  isIn: 'NOT_ALLOWED',
  isEnum: 'NOT_ALLOWED',
  notCommonPassword: 'NOT_ALLOWED',
  withinPaymentHorizon: 'NOT_ALLOWED',
  arrayUnique: 'DUPLICATE',
  whitelistValidation: 'UNKNOWN_FIELD',
  isString: 'WRONG_TYPE',
  isInt: 'WRONG_TYPE',
  isNumber: 'WRONG_TYPE',
  isBoolean: 'WRONG_TYPE',
  isArray: 'WRONG_TYPE',
  isObject: 'WRONG_TYPE',
  isScalar: 'WRONG_TYPE',
};

/**
 * `isLength` is one constraint for two bounds and class-validator names only the constraint, so the
 * bounds are read back from the decorator's metadata to tell a short value from a long one.
 */
function lengthCode({ target, property, value }: ValidationError): FieldErrorCode {
  if (typeof value !== 'string') return 'WRONG_TYPE';
  if (!target) return 'INVALID';
  const rule = getMetadataStorage()
    .getTargetValidationMetadatas(target.constructor, '', true, false)
    .find((metadata) => metadata.propertyName === property && metadata.name === 'isLength');
  const [min] = (rule?.constraints ?? []) as [number?];
  return min !== undefined && value.length < min ? 'TOO_SHORT' : 'TOO_LONG';
}

/** The code of one failed constraint of `error`. */
export function fieldErrorCode(constraint: string, error: ValidationError): FieldErrorCode {
  if (constraint === 'isLength') return lengthCode(error);
  return CODES_BY_CONSTRAINT[constraint] ?? 'INVALID';
}
