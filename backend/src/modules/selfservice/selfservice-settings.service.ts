import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { SelfServiceRouting } from '@switchboard/contracts';
import { Repository } from 'typeorm';
import { UpdateSelfServiceRoutingDto } from './dto/update-selfservice-routing.dto';
import { SelfServiceSettingsRecord } from './selfservice-settings.entity';

const ROW = 1;
/** Read on every self-service call; other instances see an admin's change within this time. */
const CACHE_MS = 5000;

/** The admins' routing rule for debtors and VIP callers; the migration stores the first row. */
@Injectable()
export class SelfServiceSettingsService {
  private cached: { routing: Promise<SelfServiceRouting>; at: number } | null = null;

  constructor(
    @InjectRepository(SelfServiceSettingsRecord)
    private readonly settings: Repository<SelfServiceSettingsRecord>,
  ) {}

  routing(): Promise<SelfServiceRouting> {
    if (!this.cached || Date.now() - this.cached.at > CACHE_MS) {
      const routing = this.load();
      this.cached = { routing, at: Date.now() };
      routing.catch(() => (this.cached = null));
    }
    return this.cached.routing;
  }

  async update({ debtors, vip }: UpdateSelfServiceRoutingDto): Promise<SelfServiceRouting> {
    await this.settings.update(
      { id: ROW },
      {
        debtorQueue: debtors.queue,
        debtorPriority: debtors.priority,
        vipCategories: [...new Set(vip.categories.map((category) => category.trim()))],
        vipQueue: vip.queue,
        vipPriority: vip.priority,
      },
    );
    this.cached = null;
    return this.routing();
  }

  private async load(): Promise<SelfServiceRouting> {
    const row = await this.settings.findOneByOrFail({ id: ROW });
    return {
      debtors: { queue: row.debtorQueue, priority: row.debtorPriority },
      vip: { categories: row.vipCategories, queue: row.vipQueue, priority: row.vipPriority },
    };
  }
}
