import { ConsoleSettings } from '@switchboard/contracts';
import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

// TypeORM assigns every column when it loads a row, hence the definite-assignment `!`s.
/** The one row of admin-defined console choices (id 1). */
@Entity({ name: 'console_settings' })
export class ConsoleSettingsRecord {
  @PrimaryColumn({ type: 'smallint' })
  id!: number;

  @Column({ name: 'pause_reasons', type: 'jsonb' })
  pauseReasons!: string[];

  @Column({ name: 'disposition_codes', type: 'jsonb' })
  dispositionCodes!: ConsoleSettings['dispositionCodes'];

  @Column({ name: 'wrap_up_seconds', type: 'integer', nullable: true })
  wrapUpSeconds!: number | null;

  @Column({ name: 'tell_agent_when_monitored', type: 'boolean', default: false })
  tellAgentWhenMonitored!: boolean;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
