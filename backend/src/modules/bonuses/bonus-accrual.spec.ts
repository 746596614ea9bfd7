import { accrualMinor, BonusRules, redemptionLimitMinor } from './bonus-accrual';

const rules: BonusRules = new Map([
  ['*', { accrualBasisPoints: 100, maxRedeemBasisPoints: 5000 }],
  ['wine', { accrualBasisPoints: 500, maxRedeemBasisPoints: 2000 }],
]);
const lines = [
  { category: 'wine', totalMinor: 100_00 },
  { category: null, totalMinor: 50_00 },
  { category: 'cheese', totalMinor: 50_00 },
];

describe('bonus accrual and redemption limits', () => {
  it('accrues each category percent on a fully paid order', () => {
    // 5% of 100 + 1% of 50 + 1% of 50 = 6.00
    expect(accrualMinor(lines, rules, 200_00, 200_00)).toBe(6_00);
  });

  it('accrues nothing on the part paid with bonuses', () => {
    expect(accrualMinor(lines, rules, 100_00, 200_00)).toBe(3_00);
  });

  it('limits redemption by each category share', () => {
    // 20% of 100 + 50% of 50 + 50% of 50 = 70.00
    expect(redemptionLimitMinor(lines, rules)).toBe(70_00);
  });

  it('gives nothing without rules', () => {
    expect(accrualMinor(lines, new Map(), 200_00, 200_00)).toBe(0);
    expect(redemptionLimitMinor(lines, new Map())).toBe(0);
  });
});
