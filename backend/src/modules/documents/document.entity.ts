import { DocumentKind } from '@switchboard/contracts';
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
import { Client } from '../clients/client.entity';
import { OrderRecord } from '../orders/order.entity';
import { User } from '../users/user.entity';

// TypeORM assigns every column when it loads a row, hence the definite-assignment `!`s.
@Entity({ name: 'documents' })
@Index('documents_number_unique', ['number'], { unique: true })
@Index('documents_client', ['client', 'createdAt'])
@Index('documents_order', ['order'])
export class DocumentRecord {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 16 })
  kind!: DocumentKind;

  @Column({ type: 'varchar', length: 24 })
  number!: string;

  @ManyToOne(() => Client, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'client_id', foreignKeyConstraintName: 'documents_client_fk' })
  client!: Relation<Client>;

  @ManyToOne(() => OrderRecord, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'order_id', foreignKeyConstraintName: 'documents_order_fk' })
  order!: OrderRecord | null;

  @Column({ type: 'text', select: false })
  html!: string;

  @Column({ type: 'bytea', nullable: true, select: false })
  pdf!: Buffer | null;

  @Column({ name: 'has_pdf', type: 'boolean' })
  hasPdf!: boolean;

  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'documents_created_by_fk' })
  createdBy!: User | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
