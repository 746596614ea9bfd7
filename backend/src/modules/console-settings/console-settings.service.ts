import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ConsoleSettings } from '@switchboard/contracts';
import { Repository } from 'typeorm';
import { ConsoleSettingsRecord } from './console-settings.entity';
import { UpdateConsoleSettingsDto } from './dto/update-console-settings.dto';

const ROW = 1;
/** Read on every call's end; other instances see an admin's change within this time. */
const CACHE_MS = 5000;

/**
 * Pause reasons, disposition codes, the wrap-up limit and whether agents see they are monitored; the migrations
 * store the defaults.
 */
@Injectable()
export class ConsoleSettingsService {
  private cached: { settings: Promise<ConsoleSettings>; at: number } | null = null;

  constructor(
    @InjectRepository(ConsoleSettingsRecord) private readonly settings: Repository<ConsoleSettingsRecord>,
  ) {}

  get(): Promise<ConsoleSettings> {
    if (!this.cached || Date.now() - this.cached.at > CACHE_MS) {
      const settings = this.load();
      this.cached = { settings, at: Date.now() };
      settings.catch(() => (this.cached = null));
    }
    return this.cached.settings;
  }

  async update(dto: UpdateConsoleSettingsDto): Promise<ConsoleSettings> {
    const changes: Partial<ConsoleSettingsRecord> = {};
    if (dto.pauseReasons !== undefined) changes.pauseReasons = dto.pauseReasons;
    if (dto.dispositionCodes !== undefined) {
      changes.dispositionCodes = dto.dispositionCodes.map(({ code, label }) => ({ code, label }));
    }
    if (dto.wrapUpSeconds !== undefined) changes.wrapUpSeconds = dto.wrapUpSeconds;
    if (dto.tellAgentWhenMonitored !== undefined) changes.tellAgentWhenMonitored = dto.tellAgentWhenMonitored;
    if (Object.keys(changes).length > 0) await this.settings.update({ id: ROW }, changes);
    this.cached = null;
    return this.get();
  }

  private async load(): Promise<ConsoleSettings> {
    const { pauseReasons, dispositionCodes, wrapUpSeconds, tellAgentWhenMonitored } =
      await this.settings.findOneByOrFail({ id: ROW });
    return { pauseReasons, dispositionCodes, wrapUpSeconds, tellAgentWhenMonitored };
  }
}
