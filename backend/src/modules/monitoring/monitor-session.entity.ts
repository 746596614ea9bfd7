import { MonitorMode, MonitorSession } from '@switchboard/contracts';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { User } from '../users/user.entity';

// TypeORM assigns every column when it loads a row, hence the definite-assignment `!`s.
/** One supervisor's monitoring of one agent's call: the audit admins read. Rows are never deleted. */
@Entity({ name: 'monitor_sessions' })
@Index('monitor_sessions_started', ['startedAt'])
export class MonitorSessionRecord {
  /** Chosen before the PBX is asked, so its spy channel carries it (dialplans/README.md, crm-monitor). */
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'supervisor_id', type: 'uuid' })
  supervisorId!: string;

  @ManyToOne(() => User)
  @JoinColumn({ name: 'supervisor_id', foreignKeyConstraintName: 'monitor_sessions_supervisor_fk' })
  supervisor!: User;

  @Column({ name: 'agent_id', type: 'uuid' })
  agentId!: string;

  @ManyToOne(() => User)
  @JoinColumn({ name: 'agent_id', foreignKeyConstraintName: 'monitor_sessions_agent_fk' })
  agent!: User;

  /** The call monitored; the calls table belongs to the calls module, so no relation here. */
  @Column({ name: 'call_id', type: 'uuid', nullable: true })
  callId!: string | null;

  /** The mode now (or at the end). */
  @Column({ type: 'varchar', length: 8 })
  mode!: MonitorMode;

  @Column({ name: 'mode_changes', type: 'jsonb', default: () => "'[]'" })
  modeChanges!: MonitorSession['modeChanges'];

  /** Whether the agent was told it started, so they are told it ended even if the setting changed meanwhile. */
  @Column({ name: 'agent_notified', type: 'boolean', default: false })
  agentNotified!: boolean;

  @Column({ name: 'started_at', type: 'timestamptz' })
  startedAt!: Date;

  @Column({ name: 'ended_at', type: 'timestamptz', nullable: true })
  endedAt!: Date | null;
}
