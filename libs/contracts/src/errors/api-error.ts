export const ERROR_CODES = [
  'VALIDATION_FAILED',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'INVALID_CREDENTIALS',
  'TOO_MANY_ATTEMPTS',
  'USER_NOT_FOUND',
  'LOGIN_TAKEN',
  'EXTENSION_TAKEN',
  'WRONG_PASSWORD',
  'CLIENT_NOT_FOUND',
  'CLIENT_NOT_DELETED',
  'MERGE_WITH_ITSELF',
  'CUSTOM_FIELD_NOT_FOUND',
  'CUSTOM_FIELD_KEY_TAKEN',
  'SEGMENT_NOT_FOUND',
  'IMPORT_NOT_FOUND',
  'IMPORT_ALREADY_STARTED',
  'FILE_UNREADABLE',
  'ORDER_NOT_FOUND',
  'PRODUCT_NOT_FOUND',
  'DOCUMENT_NOT_FOUND',
  'ATTACHMENT_NOT_FOUND',
  'FILE_TOO_LARGE',
  'SPEECH_UNAVAILABLE',
  'TEMPLATE_INVALID',
  'CALL_NOT_FOUND',
  'TASK_NOT_FOUND',
  'NO_EXTENSION',
  'PBX_NOT_CONNECTED',
  'PBX_ACTION_UNSUPPORTED',
  'PBX_ACTION_FAILED',
  'AGENT_NOT_ON_CALL',
  'MONITOR_SESSION_NOT_FOUND',
  'MONITOR_SESSION_ENDED',
  'SOFTPHONE_NOT_CONFIGURED',
  'DEMO_PHONE_UNAVAILABLE',
  'DEMO_PHONE_NO_CALL',
  'WEBHOOK_REFUSED',
  'SURVEY_NOT_FOUND',
  'SURVEY_IN_USE',
  'CAMPAIGN_NOT_FOUND',
  'CAMPAIGN_STATE_CONFLICT',
  'NOT_READY',
  'SERVICE_UNAVAILABLE',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** Why a field failed, for the interface to say in the user's language. */
export const FIELD_ERROR_CODES = [
  'REQUIRED',
  'TOO_SHORT',
  'TOO_LONG',
  'TOO_SMALL',
  'TOO_LARGE',
  'INVALID_FORMAT',
  'NOT_ALLOWED',
  'UNKNOWN_FIELD',
  'WRONG_TYPE',
  'TAKEN',
  'DUPLICATE',
  'NOT_FOUND',
  'INVALID',
] as const;
export type FieldErrorCode = (typeof FIELD_ERROR_CODES)[number];

/** One field that failed validation, with the reason in plain words and, when known, as a code. */
export interface FieldError {
  field: string;
  reason: string;
  code?: FieldErrorCode;
  /** The class-validator constraint that failed, like `minLength`. */
  constraint?: string;
}

/** The single error shape of every HTTP error and socket acknowledgement. */
export interface ApiError {
  code: ErrorCode;
  message: string;
  details?: FieldError[] | Record<string, unknown>;
}
