import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ClientFilter, ClientSegment } from '@switchboard/contracts';
import { Repository } from 'typeorm';
import { DomainError, ValidationFailedError } from '../../../core/http/domain-error';
import { violatedUniqueIndex } from '../../../core/database/unique-violation';
import { ClientSegmentRecord } from './client-segment.entity';
import { SaveSegmentDto } from './dto/save-segment.dto';

export class SegmentNotFoundError extends DomainError {
  constructor(id: string) {
    super('SEGMENT_NOT_FOUND', `Segment ${id} does not exist`);
  }
}

const toView = (record: ClientSegmentRecord): ClientSegment => ({
  id: record.id,
  name: record.name,
  filter: record.filter,
  createdAt: record.createdAt.toISOString(),
});

/** Only the fields a filter has, so a stored segment holds no empty keys. */
const definedOnly = (filter: ClientFilter): ClientFilter =>
  Object.fromEntries(Object.entries(filter).filter(([, value]) => value !== undefined && value !== ''));

/** Saved client filters, shared by everyone and reused by mailing and reports. */
@Injectable()
export class ClientSegmentsService {
  constructor(
    @InjectRepository(ClientSegmentRecord) private readonly segments: Repository<ClientSegmentRecord>,
  ) {}

  async list(): Promise<ClientSegment[]> {
    return (await this.segments.find({ order: { name: 'ASC' } })).map(toView);
  }

  async get(id: string): Promise<ClientSegment> {
    const record = await this.segments.findOneBy({ id });
    if (!record) throw new SegmentNotFoundError(id);
    return toView(record);
  }

  async create(dto: SaveSegmentDto, actorId: string): Promise<ClientSegment> {
    const record = this.segments.create({
      name: dto.name.trim(),
      filter: definedOnly(dto.filter),
      createdBy: { id: actorId },
    });
    return toView(await this.save(record));
  }

  async update(id: string, dto: SaveSegmentDto): Promise<ClientSegment> {
    const record = await this.segments.findOneBy({ id });
    if (!record) throw new SegmentNotFoundError(id);
    Object.assign(record, { name: dto.name.trim(), filter: definedOnly(dto.filter) });
    return toView(await this.save(record));
  }

  async remove(id: string): Promise<void> {
    const { affected } = await this.segments.delete({ id });
    if (!affected) throw new SegmentNotFoundError(id);
  }

  private async save(record: ClientSegmentRecord): Promise<ClientSegmentRecord> {
    try {
      return await this.segments.save(record);
    } catch (error) {
      if (violatedUniqueIndex(error)) {
        throw new ValidationFailedError([
          { field: 'name', code: 'TAKEN', reason: 'is already used by another segment' },
        ]);
      }
      throw error;
    }
  }
}
