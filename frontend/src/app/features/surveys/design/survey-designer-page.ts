import { LiveAnnouncer } from '@angular/cdk/a11y';
import { CdkDrag, CdkDragDrop, CdkDropList } from '@angular/cdk/drag-drop';
import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  Injector,
  afterNextRender,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { MAX_SURVEY_QUESTIONS } from '@switchboard/contracts';

import { checkOnControlEvents } from '../../../shared/forms/check-on-control-events';
import { SurveyFieldErrorPipe } from '../shared/survey-field-error.pipe';
import { applyErrorsByPath } from '../shared/survey-errors';
import { QuestionEditor } from './question-editor';
import { SurveyDesignerStore } from './survey-designer.store';
import {
  SURVEY_NAME_MAX,
  adoptSaved,
  moveQuestion,
  questionForm,
  surveyForm,
  toSaveRequest,
} from './survey-form';

/** The address of a survey not saved yet. */
export const NEW_SURVEY = 'new';

/** Designs one survey: its name and its questions in order, each with its prompts and recordings. */
@Component({
  selector: 'sb-survey-designer-page',
  imports: [
    CdkDrag,
    CdkDropList,
    QuestionEditor,
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    SurveyFieldErrorPipe,
    TranslocoPipe,
  ],
  providers: [SurveyDesignerStore],
  templateUrl: './survey-designer-page.html',
  styleUrl: './survey-designer-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SurveyDesignerPage {
  /** Route parameter: a survey's id, or `new`. */
  readonly id = input<string>(NEW_SURVEY);
  protected readonly store = inject(SurveyDesignerStore);
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);
  private readonly announcer = inject(LiveAnnouncer);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  protected readonly nameMax = SURVEY_NAME_MAX;
  protected readonly maxQuestions = MAX_SURVEY_QUESTIONS;
  protected readonly form = signal(surveyForm(this.fb, null));
  protected readonly errorKey = signal<string | null>(null);

  constructor() {
    checkOnControlEvents(this.form);
    effect(() => {
      const id = this.id();
      untracked(() => void this.open(id));
    });
    inject(DestroyRef).onDestroy(() => this.store.stopPreview());
  }

  protected addQuestion(): void {
    const questions = this.form().controls.questions;
    if (questions.length >= MAX_SURVEY_QUESTIONS) return;
    questions.push(questionForm(this.fb));
    questions.markAsDirty();
  }

  protected removeQuestion(index: number): void {
    const questions = this.form().controls.questions;
    if (questions.length <= 1) return;
    questions.removeAt(index);
    questions.markAsDirty();
  }

  /** Moves by the buttons: focus follows the question, and a screen reader hears where it went. */
  protected move(index: number, by: -1 | 1): void {
    const to = index + by;
    moveQuestion(this.form().controls.questions, index, to);
    this.announcer.announce(this.transloco.translate('surveys.designer.moved', { number: to + 1 }));
    afterNextRender(() => this.focusMoveButton(to, by === -1 ? 'up' : 'down'), { injector: this.injector });
  }

  protected drop(event: CdkDragDrop<unknown>): void {
    moveQuestion(this.form().controls.questions, event.previousIndex, event.currentIndex);
  }

  protected async save(): Promise<void> {
    const form = this.form();
    this.errorKey.set(null);
    if (form.invalid) {
      form.markAllAsTouched();
      this.errorKey.set('surveys.designer.fixErrors');
      return;
    }
    const result = await this.store.save(toSaveRequest(form));
    if (!result.ok) {
      if (!applyErrorsByPath(form, result.fieldErrors))
        this.errorKey.set(result.messageKey ?? 'errors.unexpected');
      return;
    }
    adoptSaved(form, result.value);
    this.snackBar.open(
      this.transloco.translate('surveys.designer.saved', { name: result.value.name }),
      undefined,
      {
        duration: 4000,
      },
    );
    if (this.id() !== result.value.id) {
      await this.router.navigate(['..', result.value.id], { relativeTo: this.route, replaceUrl: true });
    }
  }

  private async open(id: string): Promise<void> {
    const surveyId = id === NEW_SURVEY ? null : id;
    // Just saved as new and now at its own address: the form already holds it.
    if (surveyId !== null && this.store.survey()?.id === surveyId) return;
    this.errorKey.set(null);
    const loaded = this.store.load(surveyId);
    // A new survey is ready at once, before the first render; a saved one replaces the form once it is here.
    if (surveyId === null) this.form.set(surveyForm(this.fb, null));
    else if (await loaded) this.form.set(surveyForm(this.fb, this.store.survey()));
  }

  private focusMoveButton(index: number, direction: 'up' | 'down'): void {
    const question = this.host.nativeElement.querySelector(`[data-question-index="${index}"]`);
    const buttons = [`[data-move="${direction}"]`, `[data-move="${direction === 'up' ? 'down' : 'up'}"]`];
    for (const selector of buttons) {
      const button = question?.querySelector<HTMLButtonElement>(selector);
      if (button && !button.disabled) return button.focus();
    }
  }
}
