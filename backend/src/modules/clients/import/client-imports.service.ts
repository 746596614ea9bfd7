import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ClientImportPreview, ClientImportStatus, ImportTargetField } from '@switchboard/contracts';
import { Queue } from 'bullmq';
import { stringify } from 'csv-stringify/sync';
import { neutralizeFormula } from '../../../core/csv/formula-cells';
import { DataSource } from 'typeorm';
import { ValidationFailedError } from '../../../core/http/domain-error';
import { ClientImportJob, QUEUES } from '../../../core/queues/queues';
import { AuthenticatedUser } from '../../../core/auth/authenticated-user';
import { CustomFieldsService } from '../custom-fields/custom-fields.service';
import { ClientImportRecord } from './client-import.entity';
import { ImportAlreadyStartedError, ImportNotFoundError } from './import-errors';
import { readImportFile } from './import-file.reader';
import { mappingErrors, suggestMapping } from './import-mapping';

const SAMPLE_ROWS = 5;

export function toImportStatus(record: ClientImportRecord): ClientImportStatus {
  const rejected = record.state === 'completed' && record.errors.length > 0;
  return {
    importId: record.id,
    fileName: record.fileName,
    state: record.state,
    totalRows: record.totalRows,
    processedRows: record.processedRows,
    createdCount: record.createdCount,
    errors: record.errors,
    rejectedRowsUrl: rejected ? `/api/client-imports/${record.id}/rejected` : null,
  };
}

/** Client imports: a file is read and previewed, then imported by a job once its columns are mapped. */
@Injectable()
export class ClientImportsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @InjectQueue(QUEUES.clientImport) private readonly queue: Queue<ClientImportJob>,
    private readonly customFields: CustomFieldsService,
  ) {}

  async upload(
    file: { originalname: string; buffer: Buffer } | undefined,
    actorId: string,
  ): Promise<ClientImportPreview> {
    if (!file) throw new ValidationFailedError([{ field: 'file', code: 'REQUIRED', reason: 'is required' }]);
    // Browsers send multipart file names as latin1 bytes of UTF-8 text.
    const fileName = Buffer.from(file.originalname, 'latin1').toString('utf8').slice(0, 255);
    const { columns, rows } = await readImportFile(fileName, file.buffer);
    const saved = await this.db.manager.save(ClientImportRecord, {
      fileName,
      columns,
      rows,
      totalRows: rows.length,
      createdBy: { id: actorId },
    });
    return {
      importId: saved.id,
      fileName,
      columns,
      sampleRows: rows.slice(0, SAMPLE_ROWS),
      totalRows: rows.length,
      suggestedMapping: suggestMapping(columns, await this.customFields.list()),
    };
  }

  /** Starts the import once; the job id is the import id, so a second start never imports twice. */
  async start(id: string, mapping: Record<string, ImportTargetField | null>, actor: AuthenticatedUser) {
    const record = await this.own(id, actor);
    const errors = mappingErrors(mapping, record.columns, await this.customFields.list());
    if (errors.length > 0) throw new ValidationFailedError(errors);
    const { affected } = await this.db.manager.update(
      ClientImportRecord,
      { id, state: 'previewed' },
      { state: 'running', mapping },
    );
    if (!affected) throw new ImportAlreadyStartedError(id);
    await this.queue.add('import', { importId: id }, { jobId: id }).catch(async (error: unknown) => {
      // Not queued (Redis unreachable): the import can be started again once it is back.
      await this.db.manager.update(ClientImportRecord, { id, state: 'running' }, { state: 'previewed' });
      throw error;
    });
    return toImportStatus({ ...record, state: 'running', mapping });
  }

  async status(id: string, actor: AuthenticatedUser): Promise<ClientImportStatus> {
    return toImportStatus(await this.own(id, actor));
  }

  /**
   * The rows that were not imported, with the reasons, as CSV with a BOM so Excel reads Cyrillic; cells
   * that would run as formulas are written as text.
   */
  async rejectedCsv(id: string, actor: AuthenticatedUser): Promise<{ fileName: string; content: string }> {
    const record = await this.own(id, actor, true);
    const reasons = new Map<number, string[]>();
    for (const error of record.errors) {
      reasons.set(error.row, [...(reasons.get(error.row) ?? []), `${error.field}: ${error.reason}`]);
    }
    const rows = [...reasons].map(([row, why]) => [...record.rows[row - 2], why.join('; ')]);
    const content = `\uFEFF${stringify([[...record.columns, 'error'], ...rows].map((row) => row.map(neutralizeFormula)))}`;
    return { fileName: `rejected-${record.fileName.replace(/\.\w+$/, '')}.csv`, content };
  }

  /** An import of the user's own (or any, for an admin). */
  private async own(id: string, actor: AuthenticatedUser, withRows = false): Promise<ClientImportRecord> {
    const builder = this.db.manager
      .createQueryBuilder(ClientImportRecord, 'i')
      .leftJoinAndSelect('i.createdBy', 'author')
      .where('i.id = :id', { id });
    if (withRows) builder.addSelect('i.rows');
    const record = await builder.getOne();
    if (!record || (record.createdBy.id !== actor.id && actor.role !== 'admin'))
      throw new ImportNotFoundError(id);
    return record;
  }
}
