import { Injectable } from '@nestjs/common';
import { ClientSummary } from '@switchboard/contracts';
import { Readable } from 'node:stream';
import { TABLE_CONTENT_TYPES } from '../../../core/csv/table-files';
import { today } from '../../../core/dates/iso-date';
import { CustomFieldsService } from '../custom-fields/custom-fields.service';
import { ClientsSearchService } from '../search/clients-search.service';
import { ExportClientsQuery } from './dto/export-clients.query';
import { exportColumns } from './export-columns';
import { clientsFile } from './export-files';

export interface ExportFile {
  fileName: string;
  contentType: string;
  content: Readable;
}

/** Every client matching the registry's filter as one file, built while it is sent. */
@Injectable()
export class ClientsExportService {
  constructor(
    private readonly search: ClientsSearchService,
    private readonly customFields: CustomFieldsService,
  ) {}

  async file(query: ExportClientsQuery): Promise<ExportFile> {
    const { format, ...filter } = query;
    const columns = exportColumns(await this.customFields.list());
    const clients = await this.readAhead(this.search.summaries(filter));
    const content = clientsFile(format, columns, clients);
    return { fileName: `clients-${today()}.${format}`, contentType: TABLE_CONTENT_TYPES[format], content };
  }

  /**
   * Reads the first batch before any byte is sent, so a filter the search refuses is answered with its
   * error rather than a broken file; the rest follows as the file is written.
   */
  private async readAhead(batches: AsyncGenerator<ClientSummary[]>): Promise<AsyncIterable<ClientSummary>> {
    const first = await batches.next();
    return (async function* () {
      if (first.done) return;
      yield* first.value;
      for await (const batch of batches) yield* batch;
    })();
  }
}
