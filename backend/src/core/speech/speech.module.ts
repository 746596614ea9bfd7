import { Module } from '@nestjs/common';
import { PromptFiles } from './prompt-files.service';
import { SpeechSynthesizer } from './speech-synthesizer.service';

/**
 * Text to speech and recording conversion for the PBX (self-service menus, survey and reminder calls), and the
 * spoken sentences as files in the prompts folder the PBX shares.
 */
@Module({
  providers: [SpeechSynthesizer, PromptFiles],
  exports: [SpeechSynthesizer, PromptFiles],
})
export class SpeechModule {}
