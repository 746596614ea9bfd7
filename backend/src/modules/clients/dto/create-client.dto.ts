import { CLIENT_KINDS, ClientKind, ClientPhoneInput, CreateClientRequest } from '@switchboard/contracts';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  Length,
  Matches,
  ValidateIf,
  ValidateNested,
} from 'class-validator';

const text = (max: number) => Length(1, max, { message: `must be 1 to ${max} characters` });

// The validation pipe fills and checks every field before a handler sees it, hence the `!`s.
export class ClientPhoneDto implements ClientPhoneInput {
  @IsString({ message: 'must be text' })
  @text(64)
  number!: string;

  @IsOptional()
  @IsString({ message: 'must be text' })
  @text(64)
  label?: string;
}

export class CreateClientDto implements CreateClientRequest {
  @IsIn(CLIENT_KINDS, { message: `must be one of ${CLIENT_KINDS.join(', ')}` })
  kind!: ClientKind;

  @ValidateIf((dto: CreateClientDto) => dto.kind === 'person' && !dto.lastName)
  @IsString({ message: 'a person needs a first or last name' })
  @text(128)
  firstName?: string;

  @ValidateIf((dto: CreateClientDto) => dto.kind === 'person' && !dto.firstName)
  @IsString({ message: 'a person needs a first or last name' })
  @text(128)
  lastName?: string;

  @IsOptional()
  @IsString({ message: 'must be text' })
  @text(128)
  middleName?: string;

  @ValidateIf((dto: CreateClientDto) => dto.kind === 'company' || dto.legalName !== undefined)
  @IsString({ message: 'a company needs its legal name' })
  @text(256)
  legalName?: string;

  @IsOptional()
  @Matches(/^(\d{8}|\d{10}|\d{12})$/, { message: 'must be 8 (ЄДРПОУ), 10 or 12 (ИНН/РНОКПП) digits' })
  taxId?: string;

  @IsOptional()
  @IsArray({ message: 'must be a list' })
  @ArrayMaxSize(20, { message: 'may hold at most 20 numbers' })
  @ValidateNested()
  @Type(() => ClientPhoneDto)
  phones?: ClientPhoneDto[];
}
