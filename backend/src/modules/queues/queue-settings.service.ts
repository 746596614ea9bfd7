import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { QueueSettings, QueueThresholds } from '@switchboard/contracts';
import { Repository } from 'typeorm';
import { UpdateQueueSettingsDto } from './dto/update-queue-settings.dto';
import { QueueSettingsRecord } from './queue-settings.entity';

export const NO_THRESHOLDS: QueueThresholds = {
  waitingAmber: null,
  waitingRed: null,
  longestWaitAmberSeconds: null,
  longestWaitRedSeconds: null,
  serviceLevelAmberPercent: null,
  serviceLevelRedPercent: null,
};

export function defaultQueueSettings(queue: string): QueueSettings {
  return { queue, serviceLevelSeconds: 20, shortAbandonSeconds: 5, thresholds: NO_THRESHOLDS };
}

/**
 * Each queue's service-level threshold, short-abandon time and wallboard thresholds; a queue nobody set
 * has the defaults. Kept in memory: the wallboard reads them on every queue event.
 */
@Injectable()
export class QueueSettingsService implements OnApplicationBootstrap {
  private byQueue = new Map<string, QueueSettings>();

  constructor(
    @InjectRepository(QueueSettingsRecord) private readonly records: Repository<QueueSettingsRecord>,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const records = await this.records.find();
    this.byQueue = new Map(records.map((record) => [record.queue, toSettings(record)]));
  }

  of(queue: string): QueueSettings {
    return this.byQueue.get(queue) ?? defaultQueueSettings(queue);
  }

  async update(queue: string, dto: UpdateQueueSettingsDto): Promise<QueueSettings> {
    const current = this.of(queue);
    const record = this.records.create({
      queue,
      serviceLevelSeconds: dto.serviceLevelSeconds ?? current.serviceLevelSeconds,
      shortAbandonSeconds: dto.shortAbandonSeconds ?? current.shortAbandonSeconds,
      thresholds: dto.thresholds ? { ...dto.thresholds } : current.thresholds,
    });
    const settings = toSettings(await this.records.save(record));
    this.byQueue.set(queue, settings);
    return settings;
  }
}

function toSettings(record: QueueSettingsRecord): QueueSettings {
  return {
    queue: record.queue,
    serviceLevelSeconds: record.serviceLevelSeconds,
    shortAbandonSeconds: record.shortAbandonSeconds,
    thresholds: { ...NO_THRESHOLDS, ...record.thresholds },
  };
}
