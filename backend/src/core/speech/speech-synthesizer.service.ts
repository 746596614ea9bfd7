import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Inject, Injectable, Optional } from '@nestjs/common';
import { Language } from '@switchboard/contracts';
import { ValidationFailedError } from '../http/domain-error';
import { soxTypeArguments } from './audio-type';
import { ProgramFailedError, describeFailure, runProgram } from './run-program';
import { RecordingTooLargeError, RecordingUnreadableError, SpeechUnavailableError } from './speech.errors';
import { SpeechCache } from './speech-cache';

/** Largest uploaded recording accepted by `convertRecording`. */
export const RECORDING_MAX_BYTES = 10 * 1024 * 1024;
/** A converted recording is cut after this many seconds: a prompt, not an album. */
export const RECORDING_MAX_SECONDS = 600;
/** Longest text `speak` renders; IVR and survey sentences are a line or two. */
export const SPEECH_MAX_TEXT_LENGTH = 2000;

/** Where the programs are; tests point them at missing paths. */
export interface SpeechPrograms {
  espeak: string;
  sox: string;
  timeoutMs: number;
}
export const SPEECH_PROGRAMS = Symbol('SPEECH_PROGRAMS');
const DEFAULT_PROGRAMS: SpeechPrograms = { espeak: 'espeak-ng', sox: 'sox', timeoutMs: 20_000 };

/** espeak-ng voice per interface language. */
const VOICES: Record<Language, string> = { en: 'en', ru: 'ru', uk: 'uk' };

/** What Asterisk plays without transcoding: 8 kHz, mono, 16-bit signed PCM in a WAV file. */
const TELEPHONE_WAV = ['-r', '8000', '-c', '1', '-b', '16', '-e', 'signed-integer', '-t', 'wav'];

/**
 * Text to speech with espeak-ng and audio conversion with sox, both producing telephone WAV.
 * Programs run without a shell on files in a private temporary folder removed afterwards.
 */
@Injectable()
export class SpeechSynthesizer {
  private readonly programs: SpeechPrograms;
  private readonly cache = new SpeechCache(200);

  constructor(@Optional() @Inject(SPEECH_PROGRAMS) programs?: Partial<SpeechPrograms>) {
    this.programs = { ...DEFAULT_PROGRAMS, ...programs };
  }

  /** The same text in the same language always gives the same bytes, so renders are cached. */
  async speak(text: string, language: Language): Promise<Buffer> {
    const words = text.trim();
    if (!words) throw new ValidationFailedError([{ field: 'text', code: 'REQUIRED', reason: 'is empty' }]);
    if (words.length > SPEECH_MAX_TEXT_LENGTH) {
      throw new ValidationFailedError([
        { field: 'text', code: 'TOO_LONG', reason: `at most ${SPEECH_MAX_TEXT_LENGTH} characters` },
      ]);
    }
    return this.cache.get(`${language}\n${words}`, () => this.render(words, language));
  }

  async convertRecording(input: Buffer): Promise<Buffer> {
    if (input.length > RECORDING_MAX_BYTES) throw new RecordingTooLargeError(RECORDING_MAX_BYTES);
    if (input.length === 0) throw new RecordingUnreadableError('the file is empty');
    return this.inTemporaryFolder(async (folder) => {
      const source = join(folder, 'upload');
      const target = join(folder, 'recording.wav');
      await writeFile(source, input);
      try {
        await runProgram(
          this.programs.sox,
          [
            ...soxTypeArguments(input),
            source,
            ...TELEPHONE_WAV,
            target,
            'trim',
            '0',
            String(RECORDING_MAX_SECONDS),
          ],
          { timeoutMs: this.programs.timeoutMs },
        );
      } catch (error) {
        // sox exiting with an error on a file it was able to start on means the file is not audio it reads.
        if (error instanceof ProgramFailedError && error.failure.kind === 'failed') {
          throw new RecordingUnreadableError(describeFailure(error.failure));
        }
        throw this.unavailable(error);
      }
      return readFile(target);
    });
  }

  private render(text: string, language: Language): Promise<Buffer> {
    return this.inTemporaryFolder(async (folder) => {
      const spoken = join(folder, 'spoken.wav');
      const target = join(folder, 'speech.wav');
      try {
        // The text goes through standard input, never the command line, so it cannot read as an option.
        await runProgram(
          this.programs.espeak,
          ['-v', VOICES[language], '-s', '150', '-w', spoken, '--stdin'],
          {
            input: text,
            timeoutMs: this.programs.timeoutMs,
          },
        );
        await runProgram(this.programs.sox, [spoken, ...TELEPHONE_WAV, target], {
          timeoutMs: this.programs.timeoutMs,
        });
      } catch (error) {
        throw this.unavailable(error);
      }
      return readFile(target);
    });
  }

  private unavailable(error: unknown): Error {
    if (error instanceof ProgramFailedError)
      return new SpeechUnavailableError(error.program, describeFailure(error.failure));
    return error instanceof Error ? error : new Error(String(error));
  }

  private async inTemporaryFolder<T>(work: (folder: string) => Promise<T>): Promise<T> {
    const folder = await mkdtemp(join(tmpdir(), 'sb-speech-'));
    try {
      return await work(folder);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  }
}
