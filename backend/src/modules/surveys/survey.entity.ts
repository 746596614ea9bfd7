import {
  Column,
  CreateDateColumn,
  Entity,
  OneToMany,
  PrimaryGeneratedColumn,
  Relation,
  UpdateDateColumn,
} from 'typeorm';
import { SurveyQuestionRecord } from './survey-question.entity';

// TypeORM assigns every column when it loads a row, hence the definite-assignment `!`s.
@Entity({ name: 'surveys' })
export class SurveyRecord {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'surveys_pk' })
  id!: string;

  @Column({ type: 'varchar', length: 120 })
  name!: string;

  @OneToMany(() => SurveyQuestionRecord, (question) => question.survey)
  questions!: Relation<SurveyQuestionRecord>[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
