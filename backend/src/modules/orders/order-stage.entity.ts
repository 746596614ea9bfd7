import { LocalizedText, StageAutomation } from '@switchboard/contracts';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

// TypeORM assigns every column when it loads a row, hence the definite-assignment `!`s.
@Entity({ name: 'order_stages' })
@Index('order_stages_key_unique', ['key'], { unique: true })
@Index('order_stages_automation_unique', ['automation'], {
  unique: true,
  where: '"automation" IS NOT NULL',
})
export class OrderStageRecord {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 32 })
  key!: string;

  @Column({ type: 'varchar', length: 64 })
  name!: string;

  @Column({ name: 'name_translations', type: 'jsonb', default: () => "'{}'" })
  nameTranslations!: LocalizedText;

  @Column({ type: 'int' })
  position!: number;

  @Column({ type: 'varchar', length: 7, default: '#607d8b' })
  color!: string;

  @Column({ type: 'boolean', default: false })
  won!: boolean;

  @Column({ type: 'boolean', default: false })
  lost!: boolean;

  @Column({ name: 'next_step', type: 'varchar', length: 200, nullable: true })
  nextStep!: string | null;

  @Column({ name: 'next_step_translations', type: 'jsonb', default: () => "'{}'" })
  nextStepTranslations!: LocalizedText;

  @Column({ type: 'varchar', length: 16, nullable: true })
  automation!: StageAutomation | null;
}
