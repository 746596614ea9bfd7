import { Language } from '@switchboard/contracts';
import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn, Relation } from 'typeorm';
import { SurveyQuestionRecord } from '../survey-question.entity';

/** An uploaded prompt, converted to telephone WAV (8 kHz mono); played instead of the question's text. */
// TypeORM assigns every column when it loads a row, hence the definite-assignment `!`s.
@Entity({ name: 'survey_recordings' })
export class SurveyRecordingRecord {
  @PrimaryColumn({ name: 'question_id', type: 'uuid', primaryKeyConstraintName: 'survey_recordings_pk' })
  questionId!: string;

  @PrimaryColumn({ type: 'varchar', length: 8, primaryKeyConstraintName: 'survey_recordings_pk' })
  language!: Language;

  @ManyToOne(() => SurveyQuestionRecord, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'question_id', foreignKeyConstraintName: 'survey_recordings_question_fk' })
  question!: Relation<SurveyQuestionRecord>;

  @Column({ type: 'bytea' })
  wav!: Buffer;

  @CreateDateColumn({ name: 'uploaded_at', type: 'timestamptz' })
  uploadedAt!: Date;
}
