import { BonusAdjustmentRequest, BonusRule } from '@switchboard/contracts';
import { IsString, Length, ValidateBy } from 'class-validator';

export class BonusRuleDto implements BonusRule {
  /** A product category, or `*` for every product without a rule of its own. */
  @IsString({ message: 'must be a category or *' })
  @Length(1, 64, { message: 'must be 1 to 64 characters' })
  category!: string;

  @IsString({ message: 'must be a percent like 5 or 2.5' })
  accrualPercent!: string;

  @IsString({ message: 'must be a percent like 50' })
  maxRedeemPercent!: string;
}

export class BonusAdjustmentDto implements BonusAdjustmentRequest {
  @ValidateBy({
    name: 'isAmount',
    validator: {
      validate: (value: unknown) => typeof value === 'string' || typeof value === 'number',
      defaultMessage: () => 'must be an amount like 100.00 or -50.00',
    },
  })
  amount!: string | number;

  @IsString({ message: 'must say why' })
  @Length(1, 300, { message: 'must be 1 to 300 characters' })
  reason!: string;
}
