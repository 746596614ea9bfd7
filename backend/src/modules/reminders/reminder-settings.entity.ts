import { ReminderSettings } from '@switchboard/contracts';
import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** The one row (id 1) of the admins' reminder rules, kept whole as the contract's shape. */
// TypeORM assigns every column when it loads a row, hence the definite-assignment `!`s.
@Entity({ name: 'reminder_settings' })
export class ReminderSettingsRecord {
  @PrimaryColumn({ type: 'smallint', primaryKeyConstraintName: 'reminder_settings_pk' })
  id!: number;

  @Column({ type: 'jsonb' })
  rules!: ReminderSettings;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
