import { CallWindow, CampaignStatus, CampaignTrigger, RetryableResult } from '@switchboard/contracts';
import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Relation,
  UpdateDateColumn,
} from 'typeorm';
import { SurveyRecord } from './survey.entity';

// TypeORM assigns every column when it loads a row, hence the definite-assignment `!`s.
@Entity({ name: 'survey_campaigns' })
export class CampaignRecord {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'survey_campaigns_pk' })
  id!: string;

  @Column({ type: 'varchar', length: 120 })
  name!: string;

  @ManyToOne(() => SurveyRecord, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'survey_id', foreignKeyConstraintName: 'survey_campaigns_survey_fk' })
  survey!: Relation<SurveyRecord>;

  @Column({ type: 'jsonb' })
  trigger!: CampaignTrigger;

  @Column({ name: 'delay_minutes', type: 'integer' })
  delayMinutes!: number;

  @Column({ name: 'call_window', type: 'jsonb' })
  window!: CallWindow;

  @Column({ name: 'max_attempts', type: 'smallint' })
  maxAttempts!: number;

  @Column({ name: 'retry_minutes', type: 'jsonb' })
  retryMinutes!: Record<RetryableResult, number>;

  @Column({ name: 'max_concurrent_calls', type: 'smallint' })
  maxConcurrentCalls!: number;

  @Column({ name: 'consent_required', type: 'boolean' })
  consentRequired!: boolean;

  /** E.164 numbers this campaign never calls. */
  @Column({ name: 'do_not_call', type: 'varchar', length: 20, array: true, default: () => "'{}'" })
  doNotCall!: string[];

  @Column({ type: 'varchar', length: 16, default: 'draft' })
  status!: CampaignStatus;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
