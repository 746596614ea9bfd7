import { mulDiv } from '../../core/money/money';

export interface BonusTerms {
  accrualBasisPoints: number;
  maxRedeemBasisPoints: number;
}

export interface CategoryAmount {
  category: string | null;
  totalMinor: number;
}

/** Rules by category; `*` applies to lines without a rule of their own (and without a category). */
export type BonusRules = Map<string, BonusTerms>;

const NO_BONUS: BonusTerms = { accrualBasisPoints: 0, maxRedeemBasisPoints: 0 };
const termsFor = (rules: BonusRules, category: string | null) =>
  (category !== null ? rules.get(category) : undefined) ?? rules.get('*') ?? NO_BONUS;

/**
 * Bonuses earned by a paid order: each line's accrual percent of its total, on the part paid with
 * money (a part paid with bonuses earns nothing), in proportion to the order total.
 */
export function accrualMinor(
  lines: CategoryAmount[],
  rules: BonusRules,
  paidWithMoney: number,
  total: number,
): number {
  if (total <= 0) return 0;
  return lines.reduce((sum, line) => {
    const base = mulDiv(line.totalMinor, paidWithMoney, total);
    return sum + mulDiv(base, termsFor(rules, line.category).accrualBasisPoints, 10_000);
  }, 0);
}

/** The most of an order payable with bonuses: each line's maximum share by its category. */
export function redemptionLimitMinor(lines: CategoryAmount[], rules: BonusRules): number {
  return lines.reduce(
    (sum, line) => sum + mulDiv(line.totalMinor, termsFor(rules, line.category).maxRedeemBasisPoints, 10_000),
    0,
  );
}
