import { BonusEntryKind } from '@switchboard/contracts';
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
import { Client } from '../clients/client.entity';
import { OrderRecord } from '../orders/order.entity';
import { User } from '../users/user.entity';

// TypeORM assigns every column when it loads a row, hence the definite-assignment `!`s.
// A balance is always the sum of these rows. One accrual per order at most: the partial unique index
// `bonus_entries_one_accrual_per_order` (written in the migration) makes a second one fail.
@Entity({ name: 'bonus_entries' })
@Index('bonus_entries_client', ['client', 'createdAt'])
@Index('bonus_entries_one_accrual_per_order', { synchronize: false })
export class BonusEntryRecord {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => Client, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'client_id', foreignKeyConstraintName: 'bonus_entries_client_fk' })
  client!: Relation<Client>;

  @ManyToOne(() => OrderRecord, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'order_id', foreignKeyConstraintName: 'bonus_entries_order_fk' })
  order!: OrderRecord | null;

  @Column({ type: 'varchar', length: 16 })
  kind!: BonusEntryKind;

  @Column({ name: 'amount_minor', type: 'bigint', transformer: minorUnits })
  amountMinor!: number;

  @Column({ type: 'varchar', length: 300, nullable: true })
  reason!: string | null;

  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'bonus_entries_author_fk' })
  author!: User | null;

  /** When an accrual's unspent part expires; set on accruals only. */
  @Column({ name: 'expires_at', type: 'timestamptz', nullable: true })
  expiresAt!: Date | null;

  /** The accrual an expiry entry closes, so each accrual expires once. */
  @Column({ name: 'expired_entry_id', type: 'uuid', nullable: true })
  expiredEntryId!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
