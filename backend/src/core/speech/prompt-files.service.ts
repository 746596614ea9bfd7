import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readdir, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { Language } from '@switchboard/contracts';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { SpeechSynthesizer } from './speech-synthesizer.service';

/** A prompt nobody played for this long is removed; sentences with amounts change daily. */
const KEEP_MS = 3 * 24 * 3600 * 1000;
const SWEEP_EVERY_MS = 6 * 3600 * 1000;
const FILE = /^[0-9a-f]{32}\.wav$/;

/**
 * Spoken sentences as WAV files in the prompts folder the PBX shares, named by a hash of language and text:
 * the same sentence is rendered once and found again; what nobody plays any more is swept away.
 */
@Injectable()
export class PromptFiles implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(PromptFiles.name);
  private sweeper: NodeJS.Timeout | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly speech: SpeechSynthesizer,
  ) {}

  onModuleInit(): void {
    this.sweeper = setInterval(() => void this.sweep(), SWEEP_EVERY_MS);
    this.sweeper.unref();
  }

  onModuleDestroy(): void {
    if (this.sweeper) clearInterval(this.sweeper);
  }

  /** The file to STREAM FILE: its path as the PBX sees it, without the extension Asterisk adds itself. */
  async prompt(text: string, language: Language): Promise<string> {
    const name = createHash('sha256').update(`${language}\n${text}`).digest('hex').slice(0, 32);
    const path = join(this.config.selfService.promptsDir, `${name}.wav`);
    const now = new Date();
    try {
      // Played again: it stays for another while.
      await utimes(path, now, now);
    } catch {
      await this.write(path, await this.speech.speak(text, language));
    }
    return `${this.config.selfService.pbxPromptsDir}/${name}`;
  }

  /** Removes prompts older than the keep time; returns how many. */
  async sweep(now = Date.now()): Promise<number> {
    const folder = this.config.selfService.promptsDir;
    let removed = 0;
    const names = await readdir(folder).catch(() => [] as string[]);
    for (const name of names.filter((entry) => FILE.test(entry))) {
      const path = join(folder, name);
      const modified = await stat(path).then(
        (info) => info.mtimeMs,
        () => now,
      );
      if (now - modified > KEEP_MS) {
        await rm(path, { force: true });
        removed++;
      }
    }
    if (removed > 0) this.logger.debug({ removed }, 'Old spoken prompts removed');
    return removed;
  }

  /** Written beside and renamed into place, so the PBX never opens half a file. */
  private async write(path: string, wav: Buffer): Promise<void> {
    await mkdir(this.config.selfService.promptsDir, { recursive: true });
    const partial = `${path}.${randomBytes(4).toString('hex')}.part`;
    await writeFile(partial, wav, { mode: 0o644 });
    await rename(partial, path);
  }
}
