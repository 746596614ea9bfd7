import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Bonus terms of a product category (`*` for products without a category). */
@Entity({ name: 'bonus_rules' })
export class BonusRuleRecord {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  category!: string;

  /** Hundredths of a percent. */
  @Column({ name: 'accrual_basis_points', type: 'int' })
  accrualBasisPoints!: number;

  @Column({ name: 'max_redeem_basis_points', type: 'int' })
  maxRedeemBasisPoints!: number;
}
