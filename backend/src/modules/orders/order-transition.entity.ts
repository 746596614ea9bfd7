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
import { StageAutomation } from '@switchboard/contracts';
import { User } from '../users/user.entity';
import { OrderStageRecord } from './order-stage.entity';
import { OrderRecord } from './order.entity';

// TypeORM assigns every column when it loads a row, hence the definite-assignment `!`s.
@Entity({ name: 'order_transitions' })
@Index('order_transitions_order', ['order', 'at'])
export class OrderTransition {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => OrderRecord, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'order_id', foreignKeyConstraintName: 'order_transitions_order_fk' })
  order!: Relation<OrderRecord>;

  @ManyToOne(() => OrderStageRecord, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'from_stage_id', foreignKeyConstraintName: 'order_transitions_from_fk' })
  from!: OrderStageRecord | null;

  @ManyToOne(() => OrderStageRecord, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'to_stage_id', foreignKeyConstraintName: 'order_transitions_to_fk' })
  to!: Relation<OrderStageRecord>;

  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'order_transitions_author_fk' })
  author!: User | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  comment!: string | null;

  /** The stage automation that made this move; null when a person moved the order. */
  @Column({ type: 'varchar', length: 16, nullable: true })
  automation!: StageAutomation | null;

  @CreateDateColumn({ type: 'timestamptz' })
  at!: Date;
}
