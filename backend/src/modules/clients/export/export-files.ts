import { ClientSummary } from '@switchboard/contracts';
import { Readable } from 'node:stream';
import { TableFormat, tableFile } from '../../../core/csv/table-files';
import { ExportColumn } from './export-columns';

/** The clients as a CSV or XLSX download, one column per export column, rows read as the file is sent. */
export function clientsFile(
  format: TableFormat,
  columns: ExportColumn[],
  clients: AsyncIterable<ClientSummary>,
): Readable {
  return tableFile(
    format,
    'Clients',
    columns.map((column) => column.title),
    (async function* () {
      for await (const client of clients) yield columns.map((column) => column.value(client));
    })(),
  );
}
