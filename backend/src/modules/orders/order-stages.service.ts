import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { OrderStage } from '@switchboard/contracts';
import { Repository } from 'typeorm';
import { ValidationFailedError } from '../../core/http/domain-error';
import { violatedUniqueIndex } from '../../core/database/unique-violation';
import { SaveOrderStageDto, UpdateOrderStageDto } from './dto/order-stage.dto';
import { OrderStageRecord } from './order-stage.entity';
import { toStageView } from './order-stage.mapper';
import { StageNotFoundError } from './orders.errors';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The sales funnel's stages, configured by admins; orders refer to them by key or id. */
@Injectable()
export class OrderStagesService {
  constructor(@InjectRepository(OrderStageRecord) private readonly stages: Repository<OrderStageRecord>) {}

  async list(): Promise<OrderStage[]> {
    return (await this.stages.find({ order: { position: 'ASC' } })).map(toStageView);
  }

  /** A stage by its key or id; 400 naming `field` when there is none. */
  async resolve(keyOrId: string, field = 'stage'): Promise<OrderStageRecord> {
    const stage = await this.stages.findOneBy(UUID.test(keyOrId) ? { id: keyOrId } : { key: keyOrId });
    if (!stage) throw new StageNotFoundError(keyOrId, field);
    return stage;
  }

  async first(): Promise<OrderStageRecord> {
    const [stage] = await this.stages.find({ order: { position: 'ASC' }, take: 1 });
    return stage;
  }

  async create(dto: SaveOrderStageDto): Promise<OrderStage> {
    const position = dto.position ?? (await this.stages.count());
    return toStageView(await this.save(this.stages.create({ ...dto, position })));
  }

  async update(id: string, dto: UpdateOrderStageDto): Promise<OrderStage> {
    const stage = await this.resolve(id, 'id');
    Object.assign(stage, Object.fromEntries(Object.entries(dto).filter(([, value]) => value !== undefined)));
    if (stage.won && stage.lost) {
      throw new ValidationFailedError([
        { field: 'lost', code: 'NOT_ALLOWED', reason: 'a stage cannot be both won and lost' },
      ]);
    }
    return toStageView(await this.save(stage));
  }

  private async save(stage: OrderStageRecord): Promise<OrderStageRecord> {
    try {
      return await this.stages.save(stage);
    } catch (error) {
      if (violatedUniqueIndex(error)) {
        throw new ValidationFailedError([
          { field: 'key', code: 'TAKEN', reason: 'is already used by another stage' },
        ]);
      }
      throw error;
    }
  }
}
