import { PaymentMethod } from '@switchboard/contracts';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Relation,
} from 'typeorm';
import { minorUnits } from '../../core/database/minor-units.transformer';
import { OrderRecord } from '../orders/order.entity';
import { User } from '../users/user.entity';

// TypeORM assigns every column when it loads a row, hence the definite-assignment `!`s.
@Entity({ name: 'order_payments' })
@Index('order_payments_order', ['order', 'paidAt'])
export class PaymentRecord {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => OrderRecord, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'order_id', foreignKeyConstraintName: 'order_payments_order_fk' })
  order!: Relation<OrderRecord>;

  @Column({ type: 'varchar', length: 8 })
  kind!: 'payment' | 'refund';

  /** Positive for payments, negative for refunds. */
  @Column({ name: 'amount_minor', type: 'bigint', transformer: minorUnits })
  amountMinor!: number;

  @Column({ type: 'varchar', length: 16 })
  method!: PaymentMethod;

  @Column({ type: 'varchar', length: 128, nullable: true })
  reference!: string | null;

  @Column({ name: 'paid_at', type: 'timestamptz' })
  paidAt!: Date;

  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'order_payments_author_fk' })
  author!: User | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
