import { HttpStatus } from '@nestjs/common';
import { ErrorCode } from '@switchboard/contracts';

/** HTTP status for each domain error code; the only place this mapping lives. */
export const ERROR_STATUS: Record<ErrorCode, HttpStatus> = {
  VALIDATION_FAILED: HttpStatus.BAD_REQUEST,
  UNAUTHENTICATED: HttpStatus.UNAUTHORIZED,
  INVALID_CREDENTIALS: HttpStatus.UNAUTHORIZED,
  WRONG_PASSWORD: HttpStatus.BAD_REQUEST,
  FORBIDDEN: HttpStatus.FORBIDDEN,
  NOT_FOUND: HttpStatus.NOT_FOUND,
  USER_NOT_FOUND: HttpStatus.NOT_FOUND,
  CLIENT_NOT_FOUND: HttpStatus.NOT_FOUND,
  CLIENT_NOT_DELETED: HttpStatus.CONFLICT,
  MERGE_WITH_ITSELF: HttpStatus.BAD_REQUEST,
  CUSTOM_FIELD_NOT_FOUND: HttpStatus.NOT_FOUND,
  CUSTOM_FIELD_KEY_TAKEN: HttpStatus.CONFLICT,
  SEGMENT_NOT_FOUND: HttpStatus.NOT_FOUND,
  IMPORT_NOT_FOUND: HttpStatus.NOT_FOUND,
  IMPORT_ALREADY_STARTED: HttpStatus.CONFLICT,
  FILE_UNREADABLE: HttpStatus.BAD_REQUEST,
  ORDER_NOT_FOUND: HttpStatus.NOT_FOUND,
  PRODUCT_NOT_FOUND: HttpStatus.NOT_FOUND,
  LOGIN_TAKEN: HttpStatus.CONFLICT,
  EXTENSION_TAKEN: HttpStatus.CONFLICT,
  TOO_MANY_ATTEMPTS: HttpStatus.TOO_MANY_REQUESTS,
  INTERNAL: HttpStatus.INTERNAL_SERVER_ERROR,
};
