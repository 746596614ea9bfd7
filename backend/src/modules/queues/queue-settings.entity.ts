import { QueueThresholds } from '@switchboard/contracts';
import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

// TypeORM assigns every column when it loads a row, hence the definite-assignment `!`s.
@Entity({ name: 'queue_settings' })
export class QueueSettingsRecord {
  @PrimaryColumn({ type: 'varchar', length: 64, primaryKeyConstraintName: 'queue_settings_pk' })
  queue!: string;

  @Column({ name: 'service_level_seconds', type: 'integer', default: 20 })
  serviceLevelSeconds!: number;

  @Column({ name: 'short_abandon_seconds', type: 'integer', default: 5 })
  shortAbandonSeconds!: number;

  /** Only the thresholds set; the others are off. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  thresholds!: Partial<QueueThresholds>;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
