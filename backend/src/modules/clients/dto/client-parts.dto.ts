import {
  BankDetails,
  ClientEmailInput,
  ClientPhoneInput,
  ContactPersonInput,
  FamilyMember,
  ImportantDate,
  RegistrationNumber,
} from '@switchboard/contracts';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEmail,
  IsOptional,
  IsString,
  Length,
  Matches,
  ValidateNested,
} from 'class-validator';
import { ISO_DATE } from '../../../core/dates/iso-date';

export const text = (max: number) => Length(1, max, { message: `must be 1 to ${max} characters` });
export const IS_TEXT = { message: 'must be text' };
export const isoDate = () => Matches(ISO_DATE, { message: 'must be a date written as YYYY-MM-DD' });

/** A nested list of at most `max` items of `type`, each validated on its own. */
export function NestedList(type: () => new () => object, max: number): PropertyDecorator {
  return (target, key) => {
    IsOptional()(target, key);
    IsArray({ message: 'must be a list' })(target, key);
    ArrayMaxSize(max, { message: `may hold at most ${max} items` })(target, key);
    ValidateNested({ each: true })(target, key);
    Type(type)(target, key);
  };
}

// The validation pipe fills and checks every field before a handler sees it, hence the `!`s.
export class ClientPhoneDto implements ClientPhoneInput {
  @IsString(IS_TEXT)
  @text(64)
  number!: string;

  @IsOptional()
  @IsString(IS_TEXT)
  @Length(0, 64, { message: 'must be at most 64 characters' })
  label?: string | null;
}

export class ClientEmailDto implements ClientEmailInput {
  @IsEmail({}, { message: 'must be an email address' })
  @Length(3, 254, { message: 'must be at most 254 characters' })
  email!: string;

  @IsOptional()
  @IsString(IS_TEXT)
  @Length(0, 64, { message: 'must be at most 64 characters' })
  label?: string | null;
}

export class ContactPersonDto implements ContactPersonInput {
  @IsString(IS_TEXT)
  @text(200)
  name!: string;

  @IsOptional()
  @IsString(IS_TEXT)
  @Length(0, 128, { message: 'must be at most 128 characters' })
  position?: string | null;

  @IsOptional()
  @IsEmail({}, { message: 'must be an email address' })
  email?: string | null;

  @NestedList(() => ClientPhoneDto, 10)
  phones?: ClientPhoneDto[];
}

export class BankDetailsDto implements BankDetails {
  @IsOptional()
  @IsString(IS_TEXT)
  @Length(0, 200, { message: 'must be at most 200 characters' })
  bankName!: string | null;

  @IsOptional()
  @Matches(/^\d{6,9}$/, { message: 'must be 6 to 9 digits (MFO or BIK)' })
  bankCode!: string | null;

  @IsOptional()
  @Matches(/^([A-Z]{2}\d{2}[A-Z0-9]{10,30}|\d{10,20})$/, {
    message: 'must be an IBAN (UA21 3223 ...) or an account of 10 to 20 digits, without spaces',
  })
  account!: string | null;
}

export class RegistrationNumberDto implements RegistrationNumber {
  @IsString(IS_TEXT)
  @text(32)
  label!: string;

  @IsString(IS_TEXT)
  @text(32)
  value!: string;
}

export class FamilyMemberDto implements FamilyMember {
  @IsString(IS_TEXT)
  @text(200)
  name!: string;

  @IsString(IS_TEXT)
  @text(64)
  relation!: string;

  @IsOptional()
  @isoDate()
  birthDate!: string | null;
}

export class ImportantDateDto implements ImportantDate {
  @IsString(IS_TEXT)
  @text(128)
  label!: string;

  @isoDate()
  date!: string;
}
