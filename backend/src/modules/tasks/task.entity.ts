import { TaskKind } from '@switchboard/contracts';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Client } from '../clients/client.entity';
import { User } from '../users/user.entity';

// TypeORM assigns every column when it loads a row, hence the definite-assignment `!`s.
@Entity({ name: 'tasks' })
@Index('tasks_client_open', ['clientId'], { where: '"done_at" IS NULL' })
@Index('tasks_assignee', ['assignee', 'doneAt'])
@Index('tasks_queue_open', ['queue'], { where: '"done_at" IS NULL' })
/** One call-back per missed call, however often its end is reported. */
@Index('tasks_call_back_unique', ['callId'], {
  unique: true,
  where: `"call_id" IS NOT NULL AND "kind" = 'call-back'`,
})
export class TaskRecord {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 16 })
  kind!: TaskKind;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ name: 'client_id', type: 'uuid', nullable: true })
  clientId!: string | null;

  @ManyToOne(() => Client, { nullable: true, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'client_id', foreignKeyConstraintName: 'tasks_client_fk' })
  client!: Client | null;

  /** The call it came from; the calls table is owned by the calls module, so no relation here. */
  @Column({ name: 'call_id', type: 'uuid', nullable: true })
  callId!: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  queue!: string | null;

  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'assignee_id', foreignKeyConstraintName: 'tasks_assignee_fk' })
  assignee!: User | null;

  @Column({ name: 'due_at', type: 'timestamptz', nullable: true })
  dueAt!: Date | null;

  @Column({ name: 'done_at', type: 'timestamptz', nullable: true })
  doneAt!: Date | null;

  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'tasks_created_by_fk' })
  createdBy!: User | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
