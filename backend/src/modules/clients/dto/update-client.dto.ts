import { OmitType, PartialType } from '@nestjs/mapped-types';
import { UpdateClientRequest } from '@switchboard/contracts';
import { CreateClientDto } from './create-client.dto';

export class UpdateClientDto
  extends PartialType(OmitType(CreateClientDto, ['kind'] as const))
  implements UpdateClientRequest {}
