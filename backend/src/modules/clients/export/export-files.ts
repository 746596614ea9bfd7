import { ClientSummary } from '@switchboard/contracts';
import { stringify } from 'csv-stringify';
import ExcelJS from 'exceljs';
import { PassThrough, Readable, pipeline } from 'node:stream';
import { neutralizeFormula } from '../../../core/csv/formula-cells';
import { ExportColumn } from './export-columns';

/**
 * CSV with a BOM, so Excel opens it as UTF-8, and no cell a spreadsheet would run as a formula; rows are
 * read only as fast as the file is sent.
 */
export function csvFile(columns: ExportColumn[], clients: AsyncIterable<ClientSummary>): Readable {
  const rows = Readable.from(cells(columns, clients, neutralizeFormula));
  const csv = stringify({ bom: true, header: true, columns: columns.map((column) => column.title) });
  // A failure destroys `csv` with the error, which is how the response learns of it.
  return pipeline(rows, csv, () => undefined);
}

/** XLSX written row by row as the clients arrive; stops reading them when the download is abandoned. */
export function xlsxFile(columns: ExportColumn[], clients: AsyncIterable<ClientSummary>): Readable {
  const file = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: file, useStyles: false });
  const sheet = workbook.addWorksheet('Clients');
  sheet.columns = columns.map((column) => ({ header: column.title, width: 24 }));
  const write = async () => {
    for await (const row of cells(columns, clients)) {
      if (file.destroyed) return;
      sheet.addRow(row).commit();
    }
    sheet.commit();
    await workbook.commit();
  };
  write().catch((error: Error) => file.destroy(error));
  return file;
}

async function* cells(
  columns: ExportColumn[],
  clients: AsyncIterable<ClientSummary>,
  written: (cell: string) => string = (cell) => cell,
) {
  for await (const client of clients) yield columns.map((column) => written(column.value(client)));
}
