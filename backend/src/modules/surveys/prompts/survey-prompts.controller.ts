import {
  Controller,
  Delete,
  Get,
  Param,
  ParseEnumPipe,
  Put,
  StreamableFile,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { LANGUAGES, Language, Survey } from '@switchboard/contracts';
import { Roles } from '../../../core/auth/auth.decorators';
import { UuidParam } from '../../../core/http/uuid-param';
import { RECORDING_MAX_BYTES } from '../../../core/speech/speech-synthesizer.service';
import { SurveyPromptsService } from './survey-prompts.service';

const LANGUAGE = new ParseEnumPipe(Object.fromEntries(LANGUAGES.map((language) => [language, language])));

/** A question's prompt per language: admins upload or remove a recording; supervisors and admins listen. */
@Controller('surveys/:id/questions/:questionId/prompts/:language')
@Roles('supervisor', 'admin')
export class SurveyPromptsController {
  constructor(private readonly prompts: SurveyPromptsService) {}

  @Put('recording')
  @Roles('admin')
  // One byte over the limit is enough for the speech module to refuse the file with its own error.
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: RECORDING_MAX_BYTES + 1 } }))
  upload(
    @UuidParam('id') id: string,
    @UuidParam('questionId') questionId: string,
    @Param('language', LANGUAGE) language: Language,
    @UploadedFile() file: { buffer: Buffer } | undefined,
  ): Promise<Survey> {
    return this.prompts.upload(id, questionId, language, file?.buffer);
  }

  @Delete('recording')
  @Roles('admin')
  remove(
    @UuidParam('id') id: string,
    @UuidParam('questionId') questionId: string,
    @Param('language', LANGUAGE) language: Language,
  ): Promise<Survey> {
    return this.prompts.remove(id, questionId, language);
  }

  @Get('audio')
  async audio(
    @UuidParam('id') id: string,
    @UuidParam('questionId') questionId: string,
    @Param('language', LANGUAGE) language: Language,
  ): Promise<StreamableFile> {
    return new StreamableFile(await this.prompts.audio(id, questionId, language), { type: 'audio/wav' });
  }
}
