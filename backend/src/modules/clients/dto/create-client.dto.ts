import {
  CLIENT_KINDS,
  CLIENT_SOURCES,
  CLIENT_STATUSES,
  ClientKind,
  ClientSource,
  ClientStatus,
  CreateClientRequest,
  CustomFieldValues,
  GENDERS,
  Gender,
} from '@switchboard/contracts';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import {
  BankDetailsDto,
  ClientEmailDto,
  ClientPhoneDto,
  ContactPersonDto,
  FamilyMemberDto,
  IS_TEXT,
  ImportantDateDto,
  NestedList,
  RegistrationNumberDto,
  isoDate,
  text,
} from './client-parts.dto';

const NEEDS_PERSON_NAME = { message: 'a person needs a first or last name' };
const oneOf = (values: readonly string[]) => IsIn(values, { message: `must be one of ${values.join(', ')}` });
const optionalText = (max: number) => Length(0, max, { message: `must be at most ${max} characters` });

/** Every client field; the service checks the whole record again after an edit. */
export class CreateClientDto implements CreateClientRequest {
  @oneOf(CLIENT_KINDS)
  kind!: ClientKind;

  @ValidateIf((dto: CreateClientDto) => (dto.kind === 'person' && !dto.lastName) || dto.firstName != null)
  @IsString(NEEDS_PERSON_NAME)
  @text(128)
  firstName?: string | null;

  @ValidateIf((dto: CreateClientDto) => (dto.kind === 'person' && !dto.firstName) || dto.lastName != null)
  @IsString(NEEDS_PERSON_NAME)
  @text(128)
  lastName?: string | null;

  @IsOptional()
  @IsString(IS_TEXT)
  @optionalText(128)
  middleName?: string | null;

  @IsOptional()
  @isoDate()
  birthDate?: string | null;

  @IsOptional()
  @oneOf(GENDERS)
  gender?: Gender | null;

  @ValidateIf((dto: CreateClientDto) => dto.kind === 'company' || dto.legalName != null)
  @IsString({ message: 'a company needs its legal name' })
  @text(256)
  legalName?: string | null;

  @IsOptional()
  @Matches(/^(\d{8}|\d{10}|\d{12})$/, { message: 'must be 8 (ЄДРПОУ), 10 or 12 (ИНН/РНОКПП) digits' })
  taxId?: string | null;

  @NestedList(() => RegistrationNumberDto, 10)
  registrationNumbers?: RegistrationNumberDto[];

  @IsOptional()
  @ValidateNested()
  @Type(() => BankDetailsDto)
  bankDetails?: BankDetailsDto | null;

  @IsOptional()
  @IsString(IS_TEXT)
  @optionalText(500)
  legalAddress?: string | null;

  @IsOptional()
  @IsString(IS_TEXT)
  @optionalText(500)
  deliveryAddress?: string | null;

  @NestedList(() => ClientPhoneDto, 20)
  phones?: ClientPhoneDto[];

  @NestedList(() => ClientEmailDto, 20)
  emails?: ClientEmailDto[];

  @NestedList(() => ContactPersonDto, 50)
  contacts?: ContactPersonDto[];

  @IsOptional()
  @IsString(IS_TEXT)
  @text(64)
  category?: string | null;

  @IsOptional()
  @IsArray({ message: 'must be a list' })
  @ArrayMaxSize(30, { message: 'may hold at most 30 tags' })
  @IsString({ each: true, message: 'must be a list of words' })
  @Length(1, 40, { each: true, message: 'each tag must be 1 to 40 characters' })
  tags?: string[];

  @IsOptional()
  @oneOf(CLIENT_SOURCES)
  source?: ClientSource | null;

  @IsOptional()
  @oneOf(CLIENT_STATUSES)
  status?: ClientStatus;

  @IsOptional()
  @IsUUID('all', { message: 'must be a user id' })
  managerId?: string | null;

  @IsOptional()
  @IsBoolean({ message: 'must be true or false' })
  doNotCall?: boolean;

  @IsOptional()
  @IsBoolean({ message: 'must be true or false' })
  noMarketing?: boolean;

  @IsOptional()
  @IsBoolean({ message: 'must be true or false' })
  callConsent?: boolean;

  @NestedList(() => FamilyMemberDto, 20)
  familyMembers?: FamilyMemberDto[];

  @NestedList(() => ImportantDateDto, 20)
  importantDates?: ImportantDateDto[];

  /** Checked against the admin's field definitions by the service. */
  @IsOptional()
  @IsObject({ message: 'must be an object of field values' })
  customFields?: CustomFieldValues;
}
