import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CreateClientRequest, ImportRowError } from '@switchboard/contracts';
import { Job } from 'bullmq';
import { DataSource } from 'typeorm';
import { CodedFieldError, DomainError } from '../../../core/http/domain-error';
import { ClientImportJob, QUEUES } from '../../../core/queues/queues';
import { RealtimePublisher } from '../../../core/realtime/realtime.publisher';
import { ClientState } from '../client-state';
import { insertClient } from '../client.writer';
import { ClientsService } from '../clients.service';
import { CustomFieldsService } from '../custom-fields/custom-fields.service';
import { ClientHistoryService } from '../history/client-history.service';
import { ClientImportRecord } from '../import/client-import.entity';
import { toImportStatus } from '../import/client-imports.service';
import { importFieldOf } from '../import/import-errors';
import { rowShapeErrors, rowToClient } from '../import/import-row';

const BATCH = 200;
const PROGRESS_EVERY_MS = 250;
/** Data row i of the file is line i + 2: the header is line 1. */
const FIRST_DATA_LINE = 2;

/**
 * Imports the rows of a mapped file in batches, each batch one transaction together with the import's
 * counters: a retried job resumes after the last committed batch, so no row is imported twice. Bad rows
 * are reported with their line, field and reason and never stop the good ones.
 */
@Processor(QUEUES.clientImport)
export class ClientImportProcessor extends WorkerHost {
  private readonly logger = new Logger(ClientImportProcessor.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clients: ClientsService,
    private readonly customFields: CustomFieldsService,
    private readonly history: ClientHistoryService,
    private readonly realtime: RealtimePublisher,
  ) {
    super();
  }

  async process(job: Job<ClientImportJob>): Promise<void> {
    const record = await this.load(job.data.importId);
    const definitions = await this.customFields.list();
    let lastProgress = 0;
    for (let done = record.processedRows; done < record.totalRows; done += BATCH) {
      const rows = record.rows.slice(done, done + BATCH);
      const { states, errors } = await this.checkRows(rows, done, record, definitions);
      await this.db.transaction(async (manager) => {
        for (const state of states) {
          const clientId = await insertClient(manager, state, record.createdBy.id);
          const data = { importId: record.id };
          await this.history.record(
            { clientId, kind: 'created', authorId: record.createdBy.id, data },
            manager,
          );
        }
        await manager.query(
          `UPDATE client_imports SET processed_rows = $2, created_count = created_count + $3,
                  errors = errors || $4::jsonb, updated_at = now()
            WHERE id = $1 AND processed_rows = $5`,
          [record.id, done + rows.length, states.length, JSON.stringify(errors), done],
        );
      });
      if (Date.now() - lastProgress >= PROGRESS_EVERY_MS) {
        lastProgress = Date.now();
        await this.publish(record.id);
      }
    }
    await this.db.manager.update(ClientImportRecord, { id: record.id }, { state: 'completed' });
    await this.publish(record.id);
  }

  @OnWorkerEvent('failed')
  async onFailed(job: Job<ClientImportJob>, error: Error): Promise<void> {
    this.logger.error({ importId: job.data.importId, err: error }, 'Client import failed');
    if (job.attemptsMade < (job.opts.attempts ?? 1)) return;
    await this.db.manager.update(ClientImportRecord, { id: job.data.importId }, { state: 'failed' });
    await this.publish(job.data.importId);
  }

  private async checkRows(
    rows: string[][],
    offset: number,
    record: ClientImportRecord,
    definitions: Awaited<ReturnType<CustomFieldsService['list']>>,
  ): Promise<{ states: ClientState[]; errors: ImportRowError[] }> {
    const states: ClientState[] = [];
    const errors: ImportRowError[] = [];
    for (const [index, row] of rows.entries()) {
      const line = offset + index + FIRST_DATA_LINE;
      const request = rowToClient(row, record.columns, record.mapping ?? {}, definitions);
      // Both checks run whatever the first finds, so a row's report lists all it needs fixed at once.
      const shapeProblems = rowShapeErrors(request);
      const checked = await this.check(request);
      if (shapeProblems.length === 0 && !Array.isArray(checked)) {
        states.push(checked);
        continue;
      }
      const problems = [...shapeProblems, ...(Array.isArray(checked) ? checked : [])];
      errors.push(
        ...problems.map(({ field, code, reason }) => ({
          row: line,
          field: importFieldOf(field),
          code,
          reason,
        })),
      );
    }
    return { states, errors };
  }

  /** The client a row would store, or every field error that refuses it. */
  private async check(request: CreateClientRequest): Promise<ClientState | CodedFieldError[]> {
    try {
      return await this.clients.check(request);
    } catch (error) {
      if (!(error instanceof DomainError) || !Array.isArray(error.details)) throw error;
      return error.details;
    }
  }

  private async load(id: string): Promise<ClientImportRecord> {
    return this.db.manager
      .createQueryBuilder(ClientImportRecord, 'i')
      .addSelect('i.rows')
      .leftJoinAndSelect('i.createdBy', 'author')
      .where('i.id = :id', { id })
      .getOneOrFail();
  }

  private async publish(id: string): Promise<void> {
    const record = await this.db.manager.findOneOrFail(ClientImportRecord, {
      where: { id },
      relations: { createdBy: true },
    });
    this.realtime.toUser(record.createdBy.id, 'clients.importProgressed', toImportStatus(record));
  }
}
