import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { minorUnits } from '../../core/database/minor-units.transformer';
import { Product } from '../catalogue/product.entity';
import { OrderRecord } from './order.entity';

// TypeORM assigns every column when it loads a row, hence the definite-assignment `!`s.
@Entity({ name: 'order_items' })
@Index('order_items_order', ['order'])
export class OrderItemRecord {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => OrderRecord, (order) => order.items, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'order_id', foreignKeyConstraintName: 'order_items_order_fk' })
  order!: Relation<OrderRecord>;

  @Column({ type: 'smallint' })
  position!: number;

  @ManyToOne(() => Product, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'product_id', foreignKeyConstraintName: 'order_items_product_fk' })
  product!: Product | null;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  /** The product's category when the item was added: bonus rules apply by it. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  category!: string | null;

  /** Thousandths of a unit. */
  @Column({ name: 'quantity_milli', type: 'bigint', transformer: minorUnits })
  quantityMilli!: number;

  @Column({ type: 'varchar', length: 16 })
  unit!: string;

  @Column({ name: 'price_minor', type: 'bigint', transformer: minorUnits })
  priceMinor!: number;

  /** Hundredths of a percent. */
  @Column({ name: 'discount_basis_points', type: 'int', nullable: true })
  discountBasisPoints!: number | null;

  @Column({ name: 'discount_minor', type: 'bigint', transformer: minorUnits })
  discountMinor!: number;

  @Column({ name: 'vat_rate', type: 'smallint' })
  vatRate!: number;

  @Column({ name: 'total_minor', type: 'bigint', transformer: minorUnits })
  totalMinor!: number;

  @Column({ name: 'vat_minor', type: 'bigint', transformer: minorUnits })
  vatMinor!: number;
}
