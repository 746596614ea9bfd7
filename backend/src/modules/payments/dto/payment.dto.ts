import { PAYMENT_METHODS, PaymentMethod, RecordPaymentRequest, RefundRequest } from '@switchboard/contracts';
import { IsIn, IsISO8601, IsOptional, IsString, Length, ValidateBy } from 'class-validator';

/** An amount as a decimal string or number; the service reads it exactly. */
const Amount = () =>
  ValidateBy({
    name: 'isAmount',
    validator: {
      validate: (value: unknown) =>
        typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value)),
      defaultMessage: () => 'must be an amount like 1250.00',
    },
  });

/** Payments are recorded as they happen or afterwards: a day ahead covers clocks and time zones. */
const LATEST_AHEAD_MS = 86_400_000;
const EARLIEST = Date.UTC(2000, 0, 1);

const WithinPaymentHorizon = () =>
  ValidateBy({
    name: 'withinPaymentHorizon',
    validator: {
      validate: (value: unknown) => {
        const time = typeof value === 'string' ? Date.parse(value) : NaN;
        return time >= EARLIEST && time <= Date.now() + LATEST_AHEAD_MS;
      },
      defaultMessage: () => 'must be a date from 2000 on and not in the future',
    },
  });

export class RecordPaymentDto implements RecordPaymentRequest {
  @Amount()
  amount!: string | number;

  @IsOptional()
  @IsIn(PAYMENT_METHODS, { message: `must be one of ${PAYMENT_METHODS.join(', ')}` })
  method?: PaymentMethod;

  @IsOptional()
  @IsString({ message: 'must be text' })
  @Length(0, 128, { message: 'must be at most 128 characters' })
  reference?: string | null;

  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'must be a date and time in ISO 8601' })
  @WithinPaymentHorizon()
  paidAt?: string;
}

const REFUND_METHODS = PAYMENT_METHODS.filter((method) => method !== 'bonus');

export class RefundDto implements RefundRequest {
  @Amount()
  amount!: string | number;

  @IsOptional()
  @IsIn(REFUND_METHODS, { message: `must be one of ${REFUND_METHODS.join(', ')}` })
  method?: Exclude<PaymentMethod, 'bonus'>;

  @IsOptional()
  @IsString({ message: 'must be text' })
  @Length(0, 128, { message: 'must be at most 128 characters' })
  reference?: string | null;
}
