import { Language, SurveyQuestionKind } from '@switchboard/contracts';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { SurveyRecord } from './survey.entity';

export interface StoredPrompt {
  language: Language;
  text: string;
}

// TypeORM assigns every column when it loads a row, hence the definite-assignment `!`s.
@Entity({ name: 'survey_questions' })
@Index('survey_questions_survey', ['survey', 'position'])
export class SurveyQuestionRecord {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'survey_questions_pk' })
  id!: string;

  @ManyToOne(() => SurveyRecord, (survey) => survey.questions, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'survey_id', foreignKeyConstraintName: 'survey_questions_survey_fk' })
  survey!: Relation<SurveyRecord>;

  @Column({ type: 'smallint' })
  position!: number;

  @Column({ type: 'varchar', length: 16 })
  kind!: SurveyQuestionKind;

  @Column({ type: 'smallint', nullable: true })
  choices!: number | null;

  @Column({ name: 'alert_at_or_below', type: 'smallint', nullable: true })
  alertAtOrBelow!: number | null;

  @Column({ type: 'jsonb' })
  prompts!: StoredPrompt[];

  /** Languages with an uploaded recording (kept in survey_recordings). */
  @Column({ name: 'recorded_languages', type: 'varchar', length: 8, array: true, default: () => "'{}'" })
  recordedLanguages!: Language[];
}
