import { CallDirection, CallDisposition, CallTimelineEntry } from '@switchboard/contracts';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Client } from '../clients/client.entity';
import { User } from '../users/user.entity';

// TypeORM assigns every column when it loads a row, hence the definite-assignment `!`s.
@Entity({ name: 'calls' })
@Index('calls_pbx_call_unique', ['pbx', 'pbxCallId'], { unique: true })
@Index('calls_agent_started', ['agentId', 'startedAt'])
@Index('calls_client_started', ['clientId', 'startedAt'])
@Index('calls_started', ['startedAt'])
@Index('calls_rung_users', { synchronize: false })
export class CallEntity {
  /** Derived from the PBX and its call id (see call-id.ts), so every instance names a call alike. */
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 32 })
  pbx!: string;

  /** Asterisk's Linkedid, Binotel's generalCallID. */
  @Column({ name: 'pbx_call_id', type: 'varchar', length: 128 })
  pbxCallId!: string;

  @Column({ type: 'varchar', length: 8 })
  direction!: CallDirection;

  @Column({ name: 'caller_number', type: 'varchar', length: 64 })
  callerNumber!: string;

  @Column({ name: 'callee_number', type: 'varchar', length: 64, nullable: true })
  calleeNumber!: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  did!: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  queue!: string | null;

  @Column({ name: 'agent_id', type: 'uuid', nullable: true })
  agentId!: string | null;

  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'agent_id', foreignKeyConstraintName: 'calls_agent_fk' })
  agent!: User | null;

  /** Every user whose phone rang for the call, so a missed call shows in their own history. */
  @Column({ name: 'rung_user_ids', type: 'uuid', array: true, default: () => "'{}'" })
  rungUserIds!: string[];

  @Column({ name: 'agent_extension', type: 'varchar', length: 16, nullable: true })
  agentExtension!: string | null;

  @Column({ name: 'client_id', type: 'uuid', nullable: true })
  clientId!: string | null;

  @ManyToOne(() => Client, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'client_id', foreignKeyConstraintName: 'calls_client_fk' })
  client!: Client | null;

  @Column({ name: 'started_at', type: 'timestamptz' })
  startedAt!: Date;

  /** When the caller joined the queue: the wallboard files queue calls by it. */
  @Column({ name: 'queued_at', type: 'timestamptz', nullable: true })
  queuedAt!: Date | null;

  @Column({ name: 'answered_at', type: 'timestamptz', nullable: true })
  answeredAt!: Date | null;

  @Column({ name: 'ended_at', type: 'timestamptz', nullable: true })
  endedAt!: Date | null;

  @Column({ name: 'wait_seconds', type: 'integer', default: 0 })
  waitSeconds!: number;

  @Column({ name: 'talk_seconds', type: 'integer', default: 0 })
  talkSeconds!: number;

  @Column({ name: 'hold_seconds', type: 'integer', default: 0 })
  holdSeconds!: number;

  /** Set while the call is on hold: the hold time so far is counted when it resumes or ends. */
  @Column({ name: 'held_since', type: 'timestamptz', nullable: true })
  heldSince!: Date | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  disposition!: CallDisposition | null;

  @Column({ type: 'varchar', length: 255, nullable: true })
  recording!: string | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  timeline!: CallTimelineEntry[];

  @Column({ name: 'wrap_up_code', type: 'varchar', length: 32, nullable: true })
  wrapUpCode!: string | null;

  @Column({ name: 'wrap_up_note', type: 'text', nullable: true })
  wrapUpNote!: string | null;

  /** The order the call was about; orders belong to their module, so no relation here. */
  @Column({ name: 'wrap_up_order_id', type: 'uuid', nullable: true })
  wrapUpOrderId!: string | null;

  @Column({ name: 'wrap_up_task_id', type: 'uuid', nullable: true })
  wrapUpTaskId!: string | null;

  @Column({ name: 'wrapped_up_at', type: 'timestamptz', nullable: true })
  wrappedUpAt!: Date | null;

  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'wrapped_up_by', foreignKeyConstraintName: 'calls_wrapped_up_by_fk' })
  wrappedUpBy!: User | null;
}
