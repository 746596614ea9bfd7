import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { minorUnits } from '../../core/database/minor-units.transformer';
import { OrderRecord } from './order.entity';

// TypeORM assigns every column when it loads a row, hence the definite-assignment `!`s.
@Entity({ name: 'order_installments' })
@Index('order_installments_order', ['order', 'dueDate'])
export class OrderInstallment {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => OrderRecord, (order) => order.schedule, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'order_id', foreignKeyConstraintName: 'order_installments_order_fk' })
  order!: Relation<OrderRecord>;

  @Column({ name: 'due_date', type: 'date' })
  dueDate!: string;

  @Column({ name: 'amount_minor', type: 'bigint', transformer: minorUnits })
  amountMinor!: number;
}
