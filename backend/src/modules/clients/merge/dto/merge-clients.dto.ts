import { MergeClientsRequest } from '@switchboard/contracts';
import { IsUUID } from 'class-validator';

export class MergeClientsDto implements MergeClientsRequest {
  @IsUUID('all', { message: 'must be a client id' })
  sourceId!: string;
}
