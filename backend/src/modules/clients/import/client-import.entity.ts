import { ImportRowError, ImportState, ImportTargetField } from '@switchboard/contracts';
import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { User } from '../../users/user.entity';

// TypeORM assigns every column when it loads a row, hence the definite-assignment `!`s.
@Entity({ name: 'client_imports' })
export class ClientImportRecord {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'file_name', type: 'varchar', length: 255 })
  fileName!: string;

  @Column({ type: 'varchar', length: 16, default: 'previewed' })
  state!: ImportState;

  @Column({ type: 'jsonb' })
  columns!: string[];

  /** The file's data rows as read, without the header. */
  @Column({ type: 'jsonb', select: false })
  rows!: string[][];

  @Column({ type: 'jsonb', nullable: true })
  mapping!: Record<string, ImportTargetField | null> | null;

  @Column({ name: 'total_rows', type: 'int' })
  totalRows!: number;

  /** Rows handled so far; a retried job resumes after them. */
  @Column({ name: 'processed_rows', type: 'int', default: 0 })
  processedRows!: number;

  @Column({ name: 'created_count', type: 'int', default: 0 })
  createdCount!: number;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  errors!: ImportRowError[];

  @ManyToOne(() => User, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'client_imports_created_by_fk' })
  createdBy!: User;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
