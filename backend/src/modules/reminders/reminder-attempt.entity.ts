import {
  Language,
  ReminderAttemptState,
  ReminderFacts,
  ReminderKind,
  ReminderOutcome,
} from '@switchboard/contracts';
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

/**
 * One reminder call placed, or to be placed, to one client. The row is the idempotency key: its (kind, subject,
 * occasion, attempt) is unique and a call is placed only by the worker that moved it from `scheduled` to `dialing`,
 * so a scan run twice, a retried job or a restarted worker never calls twice.
 */
// TypeORM assigns every column when it loads a row, hence the definite-assignment `!`s.
@Entity({ name: 'reminder_attempts' })
@Index('reminder_attempts_key', ['kind', 'subject', 'occasion', 'attempt'], { unique: true })
@Index('reminder_attempts_client', ['clientId', 'createdAt'])
/** The scan puts the waiting attempts' jobs back each time: it reads only these. */
@Index('reminder_attempts_waiting', ['dueAt'], { where: `"state" = 'scheduled'` })
/** The calls holding a line now, counted before each claim. */
@Index('reminder_attempts_dialing', ['dialedAt'], { where: `"state" = 'dialing'` })
export class ReminderAttemptRecord {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'reminder_attempts_pk' })
  id!: string;

  @Column({ type: 'varchar', length: 24 })
  kind!: ReminderKind;

  /** The instalment's or the task's id. */
  @Column({ type: 'uuid' })
  subject!: string;

  /**
   * Which due date or time the reminder is for: a moved instalment or task is a new occasion and is reminded of
   * again, the same one never.
   */
  @Column({ type: 'varchar', length: 40 })
  occasion!: string;

  @Column({ type: 'smallint' })
  attempt!: number;

  @ManyToOne(() => Client, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'client_id', foreignKeyConstraintName: 'reminder_attempts_client_fk' })
  client!: Relation<Client>;

  @Column({ name: 'client_id', type: 'uuid' })
  clientId!: string;

  @Column({ type: 'varchar', length: 20 })
  phone!: string;

  @Column({ type: 'varchar', length: 8 })
  language!: Language;

  @Column({ name: 'time_zone', type: 'varchar', length: 64 })
  timeZone!: string;

  @Column({ name: 'due_at', type: 'timestamptz' })
  dueAt!: Date;

  @Column({ type: 'varchar', length: 16, default: 'scheduled' })
  state!: ReminderAttemptState;

  /** The key the client pressed; null until the call says. */
  @Column({ type: 'varchar', length: 16, nullable: true })
  outcome!: ReminderOutcome | null;

  /** What the call is about as it was when scheduled: spoken to the client, shown on the pop and the timeline. */
  @Column({ type: 'jsonb' })
  facts!: ReminderFacts;

  /** Why it was skipped or failed, in words for the log. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  note!: string | null;

  @Column({ name: 'dialed_at', type: 'timestamptz', nullable: true })
  dialedAt!: Date | null;

  @Column({ name: 'answered_at', type: 'timestamptz', nullable: true })
  answeredAt!: Date | null;

  @Column({ name: 'ended_at', type: 'timestamptz', nullable: true })
  endedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
