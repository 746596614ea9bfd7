import { CdkDragHandle } from '@angular/cdk/drag-drop';
import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTabsModule } from '@angular/material/tabs';
import { MatTooltipModule } from '@angular/material/tooltip';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import {
  LANGUAGES,
  Language,
  SURVEY_QUESTION_KINDS,
  Survey,
  SurveyQuestionKind,
} from '@switchboard/contracts';

import { SaveResult } from '../../../core/http/save-result';
import { FilePicker } from '../../../shared/file-picker/file-picker';
import { checkOnControlEvents } from '../../../shared/forms/check-on-control-events';
import { isScale, valueRange, valuesOf } from '../shared/answer-values';
import { SurveyFieldErrorPipe } from '../shared/survey-field-error.pipe';
import { PromptRef } from '../surveys-api.service';
import { SurveyDesignerStore, promptKey } from './survey-designer.store';
import { PROMPT_TEXT_MAX, QuestionForm, markRecordings, setKind } from './survey-form';

/** One question of the designer: its kind and keys, the threshold, and what the caller hears per language. */
@Component({
  selector: 'sb-question-editor',
  imports: [
    CdkDragHandle,
    FilePicker,
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressSpinnerModule,
    MatSelectModule,
    MatTabsModule,
    MatTooltipModule,
    SurveyFieldErrorPipe,
    TranslocoPipe,
  ],
  templateUrl: './question-editor.html',
  styleUrl: './question-editor.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class QuestionEditor {
  readonly question = input.required<QuestionForm>();
  readonly index = input.required<number>();
  readonly count = input.required<number>();
  /** Null until the survey is saved: recordings and previews need the server's question. */
  readonly surveyId = input<string | null>(null);
  /** Moves the question up (-1) or down (+1). */
  readonly moveBy = output<-1 | 1>();
  readonly remove = output<void>();

  protected readonly store = inject(SurveyDesignerStore);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);
  protected readonly kinds = SURVEY_QUESTION_KINDS;
  protected readonly languages = LANGUAGES;
  protected readonly textMax = PROMPT_TEXT_MAX;

  constructor() {
    checkOnControlEvents(this.question);
  }

  /** The server's question id, once both the survey and the question are saved (a control, not a signal). */
  protected questionId(): string | null {
    return this.surveyId() ? this.question().controls.id.value : null;
  }

  /** Whether `busyKey` (what the store is doing) is about this question's prompt in `language`. */
  protected isBusy(busyKey: string | null, language: Language): boolean {
    const questionId = this.questionId();
    return questionId !== null && busyKey === promptKey({ questionId, language });
  }

  protected isScale(): boolean {
    return isScale(this.question().controls.kind.value);
  }

  /** The values a threshold may take, on this question's scale. */
  protected thresholds(): number[] {
    return valuesOf(valueRange(this.question().controls.kind.value, null));
  }

  protected kindChanged(kind: SurveyQuestionKind): void {
    setKind(this.question(), kind);
  }

  /** A saved prompt whose text was not changed since: the server would speak what is on screen. */
  protected canPreview(language: Language): boolean {
    const prompt = this.question().controls.prompts.controls[language].controls;
    return (
      this.questionId() !== null &&
      prompt.text.pristine &&
      (prompt.hasRecording.value || prompt.text.value !== '')
    );
  }

  protected async preview(language: Language): Promise<void> {
    const ref = this.ref(language);
    if (!ref) return;
    const failure = await this.store.preview(ref);
    if (failure) this.tell(failure);
  }

  protected async upload(language: Language, file: File): Promise<void> {
    const ref = this.ref(language);
    if (!ref) return;
    this.report(await this.store.uploadRecording(ref, file), 'surveys.designer.recordingUploaded');
  }

  protected async removeRecording(language: Language): Promise<void> {
    const ref = this.ref(language);
    if (!ref) return;
    this.report(await this.store.removeRecording(ref), 'surveys.designer.recordingRemoved');
  }

  private report(result: SaveResult<Survey>, done: string): void {
    if (result.ok) {
      // Only the recording flags change: text typed and not yet saved stays as typed.
      markRecordings(this.question(), result.value);
      this.tell(done);
    } else {
      this.tell(result.messageKey ?? 'errors.unexpected');
    }
  }

  private ref(language: Language): PromptRef | null {
    const surveyId = this.surveyId();
    const questionId = this.questionId();
    return surveyId && questionId ? { surveyId, questionId, language } : null;
  }

  private tell(key: string): void {
    this.snackBar.open(this.transloco.translate(key), undefined, { duration: 5000 });
  }
}
