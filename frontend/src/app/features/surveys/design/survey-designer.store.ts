import { Injectable, inject, signal } from '@angular/core';
import { SaveSurveyRequest, Survey } from '@switchboard/contracts';
import { Observable, firstValueFrom } from 'rxjs';

import { SaveResult } from '../../../core/http/save-result';
import { surveysFailureKey, toFormFailure } from '../shared/survey-errors';
import { PromptRef, SurveysApiService } from '../surveys-api.service';
import { PromptPlayer } from './prompt-player';
import { surveyErrorPath } from './survey-form';

/** Names one prompt while something is under way for it: `questionId:language`. */
export const promptKey = ({ questionId, language }: Pick<PromptRef, 'questionId' | 'language'>) =>
  `${questionId}:${language}`;

/** The browser refusing to play (autoplay rules, a format it cannot read) is told apart from the server failing. */
function previewFailureKey(error: unknown): string {
  if (error instanceof DOMException) {
    return error.name === 'NotAllowedError'
      ? 'surveys.designer.previewBlocked'
      : 'surveys.designer.previewUnplayable';
  }
  return surveysFailureKey(error);
}

/** The survey being designed: loading and saving it, its recordings, and hearing a prompt. */
@Injectable()
export class SurveyDesignerStore {
  private readonly api = inject(SurveysApiService);
  private readonly player = inject(PromptPlayer);

  /** As the server last had it; null for a survey not saved yet. */
  readonly survey = signal<Survey | null>(null);
  readonly loading = signal(false);
  readonly loadErrorKey = signal<string | null>(null);
  readonly saving = signal(false);
  /** The prompt whose audio is being fetched, for the spinner on its button. */
  readonly previewing = signal<string | null>(null);
  /** The prompt whose recording is being uploaded or removed. */
  readonly recordingBusy = signal<string | null>(null);

  /** Loads a saved survey; `null` starts a new one. Answers whether it loaded. */
  async load(surveyId: string | null): Promise<boolean> {
    this.survey.set(null);
    this.loadErrorKey.set(null);
    this.loading.set(surveyId !== null);
    if (surveyId === null) return true;
    try {
      this.survey.set(await firstValueFrom(this.api.survey(surveyId)));
      return true;
    } catch (error: unknown) {
      this.loadErrorKey.set(surveysFailureKey(error));
      return false;
    } finally {
      this.loading.set(false);
    }
  }

  /** Creates the survey or replaces the loaded one; refused fields come back by their path in the form. */
  async save(request: SaveSurveyRequest): Promise<SaveResult<Survey>> {
    this.saving.set(true);
    try {
      const saved = await firstValueFrom(this.api.saveSurvey(request, this.survey()?.id ?? null));
      this.survey.set(saved);
      return { ok: true, value: saved };
    } catch (error: unknown) {
      return toFormFailure(error, (field) => surveyErrorPath(field, request));
    } finally {
      this.saving.set(false);
    }
  }

  uploadRecording(prompt: PromptRef, file: File): Promise<SaveResult<Survey>> {
    return this.changeRecording(prompt, this.api.uploadRecording(prompt, file));
  }

  removeRecording(prompt: PromptRef): Promise<SaveResult<Survey>> {
    return this.changeRecording(prompt, this.api.deleteRecording(prompt));
  }

  /** Fetches the prompt as the caller hears it and plays it; answers the failure's message key, or null. */
  async preview(prompt: PromptRef): Promise<string | null> {
    this.previewing.set(promptKey(prompt));
    try {
      const audio = await firstValueFrom(this.api.promptAudio(prompt));
      await this.player.play(audio);
      return null;
    } catch (error: unknown) {
      return previewFailureKey(error);
    } finally {
      this.previewing.set(null);
    }
  }

  /** Stops a prompt still playing, when the designer closes. */
  stopPreview(): void {
    this.player.stop();
  }

  private async changeRecording(prompt: PromptRef, request: Observable<Survey>): Promise<SaveResult<Survey>> {
    this.recordingBusy.set(promptKey(prompt));
    try {
      const saved = await firstValueFrom(request);
      this.survey.set(saved);
      return { ok: true, value: saved };
    } catch (error: unknown) {
      return { ok: false, fieldErrors: {}, messageKey: surveysFailureKey(error) };
    } finally {
      this.recordingBusy.set(null);
    }
  }
}
