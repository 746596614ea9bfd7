import { FieldErrorCode } from '../errors/api-error';

/** Client fields an import column can be mapped to; `custom:<key>` maps to an admin-defined field. */
export const IMPORT_TARGET_FIELDS = [
  'kind',
  'lastName',
  'firstName',
  'middleName',
  'fullName',
  'legalName',
  'taxId',
  'phone',
  'phone2',
  'email',
  'birthDate',
  'gender',
  'category',
  'tags',
  'status',
  'legalAddress',
  'deliveryAddress',
  'doNotCall',
  'noMarketing',
] as const;
export type ImportTargetField = (typeof IMPORT_TARGET_FIELDS)[number] | `custom:${string}`;

/** An uploaded file, read and waiting for its column mapping. */
export interface ClientImportPreview {
  importId: string;
  fileName: string;
  columns: string[];
  /** The first rows as read, for the mapping screen. */
  sampleRows: string[][];
  totalRows: number;
  /** A guess from the column titles; the person confirms or changes it. */
  suggestedMapping: Record<string, ImportTargetField | null>;
}

/** Column title -> client field; unmapped columns are ignored. */
export interface StartClientImportRequest {
  mapping: Record<string, ImportTargetField | null>;
}

export interface ImportRowError {
  /** 1-based row number in the file, the header being row 1. */
  row: number;
  field: string;
  reason: string;
  /** Why, for the interface to say in the user's language (absent in reports made before codes). */
  code?: FieldErrorCode;
}

export const IMPORT_STATES = ['previewed', 'running', 'completed', 'failed'] as const;
export type ImportState = (typeof IMPORT_STATES)[number];

export interface ClientImportStatus {
  importId: string;
  fileName: string;
  state: ImportState;
  totalRows: number;
  processedRows: number;
  createdCount: number;
  errors: ImportRowError[];
  /** Bad rows as a file to fix and import again, once the import has completed with errors. */
  rejectedRowsUrl: string | null;
}
