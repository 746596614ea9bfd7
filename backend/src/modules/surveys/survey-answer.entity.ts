import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, Relation } from 'typeorm';
import { SurveyAttemptRecord } from './survey-attempt.entity';
import { SurveyQuestionRecord } from './survey-question.entity';

/** A client's answer to one question on one call; at most one per question and call, whatever the PBX repeats. */
// TypeORM assigns every column when it loads a row, hence the definite-assignment `!`s.
@Entity({ name: 'survey_answers' })
export class SurveyAnswerRecord {
  @PrimaryColumn({ name: 'attempt_id', type: 'uuid', primaryKeyConstraintName: 'survey_answers_pk' })
  attemptId!: string;

  @PrimaryColumn({ name: 'question_id', type: 'uuid', primaryKeyConstraintName: 'survey_answers_pk' })
  questionId!: string;

  @ManyToOne(() => SurveyAttemptRecord, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'attempt_id', foreignKeyConstraintName: 'survey_answers_attempt_fk' })
  attempt!: Relation<SurveyAttemptRecord>;

  @ManyToOne(() => SurveyQuestionRecord, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'question_id', foreignKeyConstraintName: 'survey_answers_question_fk' })
  question!: Relation<SurveyQuestionRecord>;

  /** Null: nothing valid was pressed, twice; the question was skipped. */
  @Column({ type: 'smallint', nullable: true })
  value!: number | null;

  @Column({ name: 'answered_at', type: 'timestamptz' })
  answeredAt!: Date;
}
