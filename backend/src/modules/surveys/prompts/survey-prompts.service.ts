import { createHash, randomBytes } from 'node:crypto';
import { access, mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Language, Survey } from '@switchboard/contracts';
import { DataSource } from 'typeorm';
import { AppConfig } from '../../../core/config/app-config';
import { APP_CONFIG } from '../../../core/config/config.module';
import { ValidationFailedError } from '../../../core/http/domain-error';
import { SpeechSynthesizer } from '../../../core/speech/speech-synthesizer.service';
import { SurveyQuestionRecord } from '../survey-question.entity';
import { SurveysService } from '../surveys.service';
import { SurveyNotFoundError } from '../surveys.errors';
import { SurveyRecordingRecord } from './survey-recording.entity';

/**
 * What a question sounds like in one language: the uploaded recording, else its text spoken by espeak-ng. For
 * calls the sound is written into the prompts folder the PBX shares, under a name that changes with the text
 * or the recording, so a call never plays an old version and nothing has to be deleted to update one.
 */
@Injectable()
export class SurveyPromptsService {
  /**
   * Prompt files in the folder or being written there: a name changes with its content, so a known one stays
   * right, and the calls a campaign starts side by side share one synthesis instead of each running espeak-ng.
   */
  private readonly written = new Map<string, Promise<void>>();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly speech: SpeechSynthesizer,
    private readonly surveys: SurveysService,
  ) {}

  async upload(
    surveyId: string,
    questionId: string,
    language: Language,
    file: Buffer | undefined,
  ): Promise<Survey> {
    const question = await this.question(surveyId, questionId, language);
    if (!file) throw new ValidationFailedError([{ field: 'file', code: 'REQUIRED', reason: 'is missing' }]);
    const wav = await this.speech.convertRecording(file);
    await this.db.transaction(async (manager) => {
      await manager.upsert(SurveyRecordingRecord, { questionId, language, wav, uploadedAt: new Date() }, [
        'questionId',
        'language',
      ]);
      const recorded = [...new Set([...question.recordedLanguages, language])];
      await manager.update(SurveyQuestionRecord, { id: questionId }, { recordedLanguages: recorded });
    });
    return this.surveys.get(surveyId);
  }

  async remove(surveyId: string, questionId: string, language: Language): Promise<Survey> {
    const question = await this.question(surveyId, questionId, language);
    await this.db.transaction(async (manager) => {
      await manager.delete(SurveyRecordingRecord, { questionId, language });
      const recorded = question.recordedLanguages.filter((candidate) => candidate !== language);
      await manager.update(SurveyQuestionRecord, { id: questionId }, { recordedLanguages: recorded });
    });
    return this.surveys.get(surveyId);
  }

  /** The preview the designer plays. */
  async audio(surveyId: string, questionId: string, language: Language): Promise<Buffer> {
    return this.sound(await this.question(surveyId, questionId, language), language);
  }

  /** Writes the question's sound for a call when it is not there yet; the name crm-survey plays it by. */
  async forCall(question: SurveyQuestionRecord, language: Language): Promise<string> {
    const recording = question.recordedLanguages.includes(language)
      ? await this.db.manager.findOne(SurveyRecordingRecord, {
          where: { questionId: question.id, language },
          select: { uploadedAt: true, questionId: true, language: true },
        })
      : null;
    const text = question.prompts.find((prompt) => prompt.language === language)?.text ?? '';
    const version = createHash('sha256')
      .update(recording ? `recording ${recording.uploadedAt.toISOString()}` : `text ${text}`)
      .digest('hex')
      .slice(0, 12);
    const name = `survey-${question.id}-${language}-${version}`;
    const path = join(this.config.selfService.promptsDir, `${name}.wav`);
    let writing = this.written.get(path);
    if (!writing) {
      writing = this.writeOnce(path, question, language);
      this.written.set(path, writing);
      writing.catch(() => this.written.delete(path));
    }
    await writing;
    return `${this.config.selfService.pbxPromptsDir}/${name}`;
  }

  private async writeOnce(path: string, question: SurveyQuestionRecord, language: Language): Promise<void> {
    const exists = await access(path).then(
      () => true,
      () => false,
    );
    if (!exists) await this.write(path, await this.sound(question, language));
  }

  private async sound(question: SurveyQuestionRecord, language: Language): Promise<Buffer> {
    if (question.recordedLanguages.includes(language)) {
      const recording = await this.db.manager.findOneBy(SurveyRecordingRecord, {
        questionId: question.id,
        language,
      });
      if (recording) return recording.wav;
    }
    const text = question.prompts.find((prompt) => prompt.language === language)?.text ?? '';
    return this.speech.speak(text, language);
  }

  /** A question of the survey that has a prompt in `language`; anything else answers as missing or invalid. */
  private async question(
    surveyId: string,
    questionId: string,
    language: Language,
  ): Promise<SurveyQuestionRecord> {
    const question = await this.db.manager.findOne(SurveyQuestionRecord, {
      where: { id: questionId, survey: { id: surveyId } },
    });
    if (!question) throw new SurveyNotFoundError(surveyId);
    if (!question.prompts.some((prompt) => prompt.language === language)) {
      throw new ValidationFailedError([
        { field: 'language', code: 'NOT_FOUND', reason: 'the question has no text in this language' },
      ]);
    }
    return question;
  }

  /**
   * Written beside and renamed into place, so the PBX never opens half a file; calls placed side by side may
   * write the same prompt at once, each through its own partial file.
   */
  private async write(path: string, wav: Buffer): Promise<void> {
    await mkdir(this.config.selfService.promptsDir, { recursive: true });
    const partial = `${path}.${randomBytes(6).toString('hex')}.part`;
    await writeFile(partial, wav, { mode: 0o644 });
    await rename(partial, path);
  }
}
