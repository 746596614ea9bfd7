import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { LocalizedText, OrderStage, StageAutomation } from '@switchboard/contracts';
import { Not, Repository } from 'typeorm';
import { ValidationFailedError } from '../../core/http/domain-error';
import { violatedUniqueIndex } from '../../core/database/unique-violation';
import { SaveOrderStageDto, UpdateOrderStageDto } from './dto/order-stage.dto';
import { OrderStageRecord } from './order-stage.entity';
import { toStageView } from './order-stage.mapper';
import { StageNotFoundError } from './orders.errors';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Trimmed texts only: a blank translation means "show the base text", so it is not stored. */
function cleanTranslations(texts: LocalizedText | undefined): LocalizedText | undefined {
  if (!texts) return undefined;
  return Object.fromEntries(
    Object.entries(texts)
      .map(([language, text]) => [language, text?.trim() ?? ''])
      .filter(([, text]) => text !== ''),
  ) as LocalizedText;
}

type StageChanges = Partial<Omit<OrderStageRecord, 'id' | 'key'>>;

function withCleanTranslations<T extends StageChanges>(dto: T): T {
  return {
    ...dto,
    nameTranslations: cleanTranslations(dto.nameTranslations),
    nextStepTranslations: cleanTranslations(dto.nextStepTranslations),
  };
}

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

  /** The stage orders move into by themselves on `automation`, if an admin set one. */
  byAutomation(automation: StageAutomation): Promise<OrderStageRecord | null> {
    return this.stages.findOneBy({ automation });
  }

  async first(): Promise<OrderStageRecord> {
    const [stage] = await this.stages.find({ order: { position: 'ASC' }, take: 1 });
    return stage;
  }

  async create(dto: SaveOrderStageDto): Promise<OrderStage> {
    const position = dto.position ?? (await this.stages.count());
    const stage = this.stages.create({ ...withCleanTranslations(dto), position });
    this.check(stage);
    return toStageView(await this.save(stage));
  }

  async update(id: string, dto: UpdateOrderStageDto): Promise<OrderStage> {
    const stage = await this.resolve(id, 'id');
    const changes = Object.entries(withCleanTranslations(dto)).filter(([, value]) => value !== undefined);
    Object.assign(stage, Object.fromEntries(changes));
    this.check(stage);
    return toStageView(await this.save(stage));
  }

  private check(stage: OrderStageRecord): void {
    if (stage.won && stage.lost) {
      throw new ValidationFailedError([
        { field: 'lost', code: 'NOT_ALLOWED', reason: 'a stage cannot be both won and lost' },
      ]);
    }
    // An automatic move into a lost stage would cancel orders and take back their bonuses unasked.
    if (stage.automation && stage.lost) {
      throw new ValidationFailedError([
        { field: 'automation', code: 'NOT_ALLOWED', reason: 'a lost stage cannot be reached automatically' },
      ]);
    }
  }

  /** Saves the stage; an automation it takes is taken from the stage that had it, in one transaction. */
  private async save(stage: OrderStageRecord): Promise<OrderStageRecord> {
    try {
      return await this.stages.manager.transaction(async (manager) => {
        if (stage.automation) {
          const others = stage.id ? { id: Not(stage.id) } : {};
          await manager.update(
            OrderStageRecord,
            { automation: stage.automation, ...others },
            { automation: null },
          );
        }
        return manager.save(stage);
      });
    } catch (error) {
      const index = violatedUniqueIndex(error);
      if (index === 'order_stages_automation_unique') {
        throw new ValidationFailedError([
          { field: 'automation', code: 'TAKEN', reason: 'is already used by another stage' },
        ]);
      }
      if (index) {
        throw new ValidationFailedError([
          { field: 'key', code: 'TAKEN', reason: 'is already used by another stage' },
        ]);
      }
      throw error;
    }
  }
}
