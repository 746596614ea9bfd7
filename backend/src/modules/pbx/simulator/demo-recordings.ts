import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Logger } from '@nestjs/common';
import { Language } from '@switchboard/contracts';
import { SpeechSynthesizer } from '../../../core/speech/speech-synthesizer.service';

/** Where Asterisk's MixMonitor writes in the dialplans (`RECORDINGS`); the backend finds the file by its name. */
const PBX_MONITOR_DIR = '/var/spool/asterisk/monitor';

const SENTENCE: Record<Language, string> = {
  en: 'This is a demo recording of the call.',
  ru: 'Это демонстрационная запись разговора.',
  uk: 'Це демонстраційний запис розмови.',
};

/**
 * The demo PBX records answered calls as a real one would: a file per call named after its Linkedid in the
 * recordings folder (one spoken sentence, in the installation's language), so the card's player has something to
 * play in the demo.
 */
export class DemoRecordings {
  private readonly logger = new Logger(DemoRecordings.name);

  constructor(
    private readonly speech: SpeechSynthesizer,
    private readonly dir: string,
    private readonly language: Language,
  ) {}

  /** Starts writing the call's file and returns the path the PBX names it by. */
  record(linkedid: string): string {
    const name = `${linkedid}.wav`;
    this.write(name).catch((error: Error) =>
      this.logger.warn({ reason: error.message }, 'Could not write a demo recording'),
    );
    return `${PBX_MONITOR_DIR}/${name}`;
  }

  private async write(name: string): Promise<void> {
    const wav = await this.speech.speak(SENTENCE[this.language], this.language);
    await mkdir(this.dir, { recursive: true });
    await writeFile(join(this.dir, name), wav);
  }
}
