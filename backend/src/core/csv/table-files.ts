import { stringify } from 'csv-stringify';
import ExcelJS from 'exceljs';
import { PassThrough, Readable, pipeline } from 'node:stream';
import { neutralizeFormula } from './formula-cells';

export type TableFormat = 'csv' | 'xlsx';

export const TABLE_CONTENT_TYPES: Record<TableFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/**
 * A table as a download, written while it is sent: CSV with a BOM, so Excel opens it as UTF-8, and no cell a
 * spreadsheet would run as a formula; or XLSX row by row, which stops reading rows when the download is abandoned.
 */
export function tableFile(
  format: TableFormat,
  sheetName: string,
  headers: string[],
  rows: AsyncIterable<string[]> | Iterable<string[]>,
): Readable {
  return format === 'csv' ? csvTable(headers, rows) : xlsxTable(sheetName, headers, rows);
}

function csvTable(headers: string[], rows: AsyncIterable<string[]> | Iterable<string[]>): Readable {
  const safe = Readable.from(
    (async function* () {
      for await (const row of rows) yield row.map(neutralizeFormula);
    })(),
  );
  const csv = stringify({ bom: true, header: true, columns: headers });
  // A failure destroys `csv` with the error, which is how the response learns of it.
  return pipeline(safe, csv, () => undefined);
}

function xlsxTable(
  sheetName: string,
  headers: string[],
  rows: AsyncIterable<string[]> | Iterable<string[]>,
): Readable {
  const file = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: file, useStyles: false });
  const sheet = workbook.addWorksheet(sheetName);
  sheet.columns = headers.map((header) => ({ header, width: 24 }));
  const write = async () => {
    for await (const row of rows) {
      if (file.destroyed) return;
      sheet.addRow(row).commit();
    }
    sheet.commit();
    await workbook.commit();
  };
  write().catch((error: Error) => file.destroy(error));
  return file;
}
