import {
  CURRENCIES,
  CreateOrderRequest,
  Currency,
  DELIVERY_METHODS,
  DeliveryMethod,
  InstallmentInput,
  OrderItemInput,
  PersonalConditions,
} from '@switchboard/contracts';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
  ValidateBy,
  ValidateNested,
} from 'class-validator';
import { ISO_DATE } from '../../../core/dates/iso-date';

const oneOf = (values: readonly string[]) => IsIn(values, { message: `must be one of ${values.join(', ')}` });
const IS_TEXT = { message: 'must be text' };

/** Amounts and quantities come as decimal strings or numbers; the service reads them exactly. */
const Decimal = (message: string) =>
  ValidateBy({
    name: 'isDecimal',
    validator: {
      validate: (value: unknown) =>
        (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value.trim())) ||
        (typeof value === 'number' && Number.isFinite(value)),
      defaultMessage: () => message,
    },
  });

// The validation pipe fills and checks every field before a handler sees it, hence the `!`s.
export class OrderItemDto implements OrderItemInput {
  @IsOptional()
  @IsUUID('all', { message: 'must be a product id' })
  productId?: string | null;

  @IsOptional()
  @IsString(IS_TEXT)
  @Length(1, 200, { message: 'must be 1 to 200 characters' })
  name?: string;

  @Decimal('must be a number')
  quantity!: string | number;

  @IsOptional()
  @Decimal('must be an amount like 1250.00')
  price?: string | number;

  @IsOptional()
  @IsString(IS_TEXT)
  @Length(1, 16, { message: 'must be 1 to 16 characters' })
  unit?: string;

  @IsOptional()
  @Decimal('must be a percent')
  discountPercent?: string | number | null;

  @IsOptional()
  @Decimal('must be an amount like 10.00')
  discountAmount?: string | number | null;

  @IsOptional()
  @IsInt({ message: 'must be a whole percent' })
  @Min(0, { message: 'must be 0 or more' })
  @Max(100, { message: 'must be 100 or less' })
  vatRate?: number;
}

export class InstallmentDto implements InstallmentInput {
  @Matches(ISO_DATE, { message: 'must be a date written as YYYY-MM-DD' })
  dueDate!: string;

  @Decimal('must be an amount like 1250.00')
  amount!: string | number;
}

export class PersonalConditionsDto implements PersonalConditions {
  @IsOptional()
  @Decimal('must be a percent')
  extraDiscountPercent?: string | null;

  @IsOptional()
  @IsString(IS_TEXT)
  @Length(0, 200, { message: 'must be at most 200 characters' })
  gift?: string | null;

  @IsOptional()
  @IsString(IS_TEXT)
  @Length(0, 200, { message: 'must be at most 200 characters' })
  bonus?: string | null;
}

export class CreateOrderDto implements CreateOrderRequest {
  @IsUUID('all', { message: 'must be a client id' })
  clientId!: string;

  @IsArray({ message: 'must be a list' })
  @ArrayMinSize(1, { message: 'needs at least one item' })
  @ArrayMaxSize(200, { message: 'may hold at most 200 items' })
  @ValidateNested({ each: true })
  @Type(() => OrderItemDto)
  items!: OrderItemDto[];

  @IsOptional()
  @IsUUID('all', { message: 'must be a user id' })
  managerId?: string | null;

  @IsOptional()
  @IsString(IS_TEXT)
  stage?: string;

  @IsOptional()
  @oneOf(CURRENCIES)
  currency?: Currency;

  @IsOptional()
  @oneOf(DELIVERY_METHODS)
  deliveryMethod?: DeliveryMethod | null;

  @IsOptional()
  @IsString(IS_TEXT)
  @Length(0, 500, { message: 'must be at most 500 characters' })
  deliveryAddress?: string | null;

  @IsOptional()
  @IsString(IS_TEXT)
  @Length(0, 5000, { message: 'must be at most 5000 characters' })
  notes?: string | null;

  @IsOptional()
  @ValidateNested()
  @Type(() => PersonalConditionsDto)
  conditions?: PersonalConditionsDto;

  @IsOptional()
  @IsArray({ message: 'must be a list' })
  @ArrayMaxSize(60, { message: 'may hold at most 60 instalments' })
  @ValidateNested({ each: true })
  @Type(() => InstallmentDto)
  schedule?: InstallmentDto[];
}
