import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Attachment } from '@switchboard/contracts';
import { DataSource } from 'typeorm';
import { DomainError, ValidationFailedError } from '../../core/http/domain-error';
import { AttachmentRecord } from './attachment.entity';

export class AttachmentNotFoundError extends DomainError {
  constructor(id: string) {
    super('ATTACHMENT_NOT_FOUND', `Attachment ${id} does not exist`);
  }
}

export interface UploadedFileData {
  originalname: string;
  mimetype: string;
  size: number;
  buffer: Buffer;
}

const toView = (row: AttachmentRecord): Attachment => ({
  id: row.id,
  clientId: row.client?.id ?? null,
  orderId: row.order?.id ?? null,
  fileName: row.fileName,
  contentType: row.contentType,
  size: row.size,
  createdAt: row.createdAt.toISOString(),
  author: row.createdBy ? { id: row.createdBy.id, displayName: row.createdBy.displayName } : null,
});

const RELATIONS = { client: true, order: true, createdBy: true };

/** Files of any type attached to a client or an order. */
@Injectable()
export class AttachmentsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async add(
    owner: { clientId?: string; orderId?: string },
    file: UploadedFileData | undefined,
    actorId: string,
  ) {
    if (!file) throw new ValidationFailedError([{ field: 'file', code: 'REQUIRED', reason: 'is required' }]);
    const { identifiers } = await this.db.manager.insert(AttachmentRecord, {
      client: owner.clientId ? { id: owner.clientId } : null,
      order: owner.orderId ? { id: owner.orderId } : null,
      // Browsers send multipart file names as latin1 bytes of UTF-8 text.
      fileName: Buffer.from(file.originalname, 'latin1').toString('utf8').slice(0, 255),
      contentType: file.mimetype || 'application/octet-stream',
      size: file.size,
      data: file.buffer,
      createdBy: { id: actorId },
    });
    const id = identifiers[0]['id'] as string;
    return toView(
      await this.db.manager.findOneOrFail(AttachmentRecord, { where: { id }, relations: RELATIONS }),
    );
  }

  async list(owner: { clientId?: string; orderId?: string }): Promise<Attachment[]> {
    const where = owner.clientId ? { client: { id: owner.clientId } } : { order: { id: owner.orderId } };
    const rows = await this.db.manager.find(AttachmentRecord, {
      where,
      relations: RELATIONS,
      order: { createdAt: 'DESC' },
    });
    return rows.map(toView);
  }

  async file(id: string): Promise<{ fileName: string; contentType: string; data: Buffer }> {
    const row = await this.db.manager
      .createQueryBuilder(AttachmentRecord, 'a')
      .addSelect('a.data')
      .where('a.id = :id', { id })
      .getOne();
    if (!row) throw new AttachmentNotFoundError(id);
    return { fileName: row.fileName, contentType: row.contentType, data: row.data };
  }
}
