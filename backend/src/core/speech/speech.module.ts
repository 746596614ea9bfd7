import { Module } from '@nestjs/common';
import { SpeechSynthesizer } from './speech-synthesizer.service';

/** Text to speech and recording conversion for the PBX (self-service menus, survey calls). */
@Module({
  providers: [SpeechSynthesizer],
  exports: [SpeechSynthesizer],
})
export class SpeechModule {}
