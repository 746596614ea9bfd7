import { ImportTargetField, StartClientImportRequest } from '@switchboard/contracts';
import { IsObject } from 'class-validator';

export class StartImportDto implements StartClientImportRequest {
  /** Column title -> field; checked against the file's columns and the fields by the service. */
  @IsObject({ message: 'must map column titles to client fields' })
  mapping!: Record<string, ImportTargetField | null>;
}
