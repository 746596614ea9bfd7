import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

// TypeORM assigns every column when it loads a row, hence the definite-assignment `!`s.
/** The one row (id 1) of the admins' self-service routing rule. */
@Entity({ name: 'selfservice_settings' })
export class SelfServiceSettingsRecord {
  @PrimaryColumn({ type: 'smallint' })
  id!: number;

  @Column({ name: 'debtor_queue', type: 'varchar', length: 64, nullable: true })
  debtorQueue!: string | null;

  @Column({ name: 'debtor_priority', type: 'integer', nullable: true })
  debtorPriority!: number | null;

  @Column({ name: 'vip_categories', type: 'text', array: true, default: () => "'{vip}'" })
  vipCategories!: string[];

  @Column({ name: 'vip_queue', type: 'varchar', length: 64, nullable: true })
  vipQueue!: string | null;

  @Column({ name: 'vip_priority', type: 'integer', nullable: true })
  vipPriority!: number | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
