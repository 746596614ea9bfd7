import { Currency, DeliveryMethod, PersonalConditions } from '@switchboard/contracts';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
  Relation,
  UpdateDateColumn,
} from 'typeorm';
import { minorUnits } from '../../core/database/minor-units.transformer';
import { Client } from '../clients/client.entity';
import { User } from '../users/user.entity';
import { OrderInstallment } from './order-installment.entity';
import { OrderItemRecord } from './order-item.entity';
import { OrderStageRecord } from './order-stage.entity';

// TypeORM assigns every column when it loads a row, hence the definite-assignment `!`s.
// Money columns are minor units. `paid` is the sum of the order's payments, kept in the same
// transaction as each payment under the order's row lock, so debts read fast at millions of orders.
@Entity({ name: 'orders' })
@Index('orders_number_unique', ['number'], { unique: true })
@Index('orders_client', ['client', 'createdAt'])
@Index('orders_stage', ['stage'])
@Index('orders_manager', ['manager'])
@Index('orders_created_at', ['createdAt'])
export class OrderRecord {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 16 })
  number!: string;

  @ManyToOne(() => Client, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'client_id', foreignKeyConstraintName: 'orders_client_fk' })
  client!: Relation<Client>;

  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'manager_id', foreignKeyConstraintName: 'orders_manager_fk' })
  manager!: User | null;

  @ManyToOne(() => OrderStageRecord, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'stage_id', foreignKeyConstraintName: 'orders_stage_fk' })
  stage!: Relation<OrderStageRecord>;

  @Column({ type: 'varchar', length: 3 })
  currency!: Currency;

  @OneToMany(() => OrderItemRecord, (item) => item.order)
  items!: OrderItemRecord[];

  @OneToMany(() => OrderInstallment, (installment) => installment.order)
  schedule!: OrderInstallment[];

  @Column({ type: 'bigint', transformer: minorUnits })
  subtotal!: number;

  @Column({ type: 'bigint', transformer: minorUnits })
  discount!: number;

  @Column({ type: 'bigint', transformer: minorUnits })
  vat!: number;

  @Column({ type: 'bigint', transformer: minorUnits })
  total!: number;

  @Column({ type: 'bigint', transformer: minorUnits, default: 0 })
  paid!: number;

  @Column({ name: 'delivery_method', type: 'varchar', length: 16, nullable: true })
  deliveryMethod!: DeliveryMethod | null;

  @Column({ name: 'delivery_address', type: 'varchar', length: 500, nullable: true })
  deliveryAddress!: string | null;

  @Column({ type: 'text', nullable: true })
  notes!: string | null;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  conditions!: PersonalConditions;

  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'orders_created_by_fk' })
  createdBy!: User | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
