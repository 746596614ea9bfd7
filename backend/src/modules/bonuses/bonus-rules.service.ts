import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { BonusRule } from '@switchboard/contracts';
import { Repository } from 'typeorm';
import { ValidationFailedError, CodedFieldError } from '../../core/http/domain-error';
import { formatScaled, parseScaled } from '../../core/money/money';
import { BonusRuleRecord } from './bonus-rule.entity';
import { BonusRuleDto } from './dto/bonus.dto';

const toView = (row: BonusRuleRecord): BonusRule => ({
  category: row.category,
  accrualPercent: formatScaled(row.accrualBasisPoints, 2),
  maxRedeemPercent: formatScaled(row.maxRedeemBasisPoints, 2),
});

/** Accrual percent and redemption limit per product category, set by admins. */
@Injectable()
export class BonusRulesService {
  constructor(@InjectRepository(BonusRuleRecord) private readonly rules: Repository<BonusRuleRecord>) {}

  async list(): Promise<BonusRule[]> {
    return (await this.rules.find({ order: { category: 'ASC' } })).map(toView);
  }

  async save(dto: BonusRuleDto): Promise<BonusRule> {
    const errors: CodedFieldError[] = [];
    const percent = (value: string, field: string) => {
      const basisPoints = parseScaled(value, 2);
      if (basisPoints !== null && basisPoints <= 10_000) return basisPoints;
      errors.push({
        field,
        code: 'INVALID_FORMAT',
        reason: 'must be a percent from 0 to 100 with at most 2 decimals',
      });
      return 0;
    };
    const record = {
      category: dto.category.trim(),
      accrualBasisPoints: percent(dto.accrualPercent, 'accrualPercent'),
      maxRedeemBasisPoints: percent(dto.maxRedeemPercent, 'maxRedeemPercent'),
    };
    if (errors.length > 0) throw new ValidationFailedError(errors);
    return toView(await this.rules.save(record));
  }
}
