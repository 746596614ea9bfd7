import { Language, SurveyAttemptState } from '@switchboard/contracts';
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
import { CampaignRecord } from './campaign.entity';

/**
 * One call a campaign places, or would place, to one client. The row is the idempotency key: its
 * (campaign, subject, attempt) is unique and a call is placed only by the worker that moved it from
 * `scheduled` to `dialing`, so a retried job or a re-fired trigger never calls twice.
 */
// TypeORM assigns every column when it loads a row, hence the definite-assignment `!`s.
@Entity({ name: 'survey_attempts' })
@Index('survey_attempts_key', ['campaign', 'subject', 'attempt'], { unique: true })
@Index('survey_attempts_state', ['campaign', 'state'])
export class SurveyAttemptRecord {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'survey_attempts_pk' })
  id!: string;

  @ManyToOne(() => CampaignRecord, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'campaign_id', foreignKeyConstraintName: 'survey_attempts_campaign_fk' })
  campaign!: Relation<CampaignRecord>;

  @Column({ name: 'campaign_id', type: 'uuid' })
  campaignId!: string;

  @ManyToOne(() => Client, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'client_id', foreignKeyConstraintName: 'survey_attempts_client_fk' })
  client!: Relation<Client>;

  @Column({ name: 'client_id', type: 'uuid' })
  clientId!: string;

  @ManyToOne(() => OrderRecord, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'order_id', foreignKeyConstraintName: 'survey_attempts_order_fk' })
  order!: Relation<OrderRecord> | null;

  @Column({ name: 'order_id', type: 'uuid', nullable: true })
  orderId!: string | null;

  /** What the campaign calls about: the order's id, or the client's for a manual list. */
  @Column({ type: 'uuid' })
  subject!: string;

  @Column({ type: 'smallint' })
  attempt!: number;

  @Column({ type: 'varchar', length: 20 })
  phone!: string;

  @Column({ type: 'varchar', length: 8 })
  language!: Language;

  @Column({ name: 'time_zone', type: 'varchar', length: 64 })
  timeZone!: string;

  @Column({ name: 'due_at', type: 'timestamptz' })
  dueAt!: Date;

  @Column({ type: 'varchar', length: 16, default: 'scheduled' })
  state!: SurveyAttemptState;

  /** Why it was skipped or failed, in words for the log and the campaign's list. */
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
