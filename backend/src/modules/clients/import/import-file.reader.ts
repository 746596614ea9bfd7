import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { restoreFormula } from '../../../core/csv/formula-cells';
import { isoDate } from '../../../core/dates/iso-date';
import { DomainError } from '../../../core/http/domain-error';

export interface ImportTable {
  columns: string[];
  rows: string[][];
}

export class FileUnreadableError extends DomainError {
  constructor(reason: string) {
    super('FILE_UNREADABLE', 'The file cannot be read', [{ field: 'file', code: 'INVALID_FORMAT', reason }]);
  }
}

/** `;` is what Excel writes in our locales, `,` elsewhere: whichever the header line has more of. */
export function detectDelimiter(text: string): ';' | ',' {
  const header = text.split(/\r?\n/, 1)[0] ?? '';
  return (header.match(/;/g)?.length ?? 0) > (header.match(/,/g)?.length ?? 0) ? ';' : ',';
}

function readCsv(buffer: Buffer): string[][] {
  const text = buffer.toString('utf8').replace(/^\uFEFF/, '');
  const rows = parse(text, {
    delimiter: detectDelimiter(text),
    relax_column_count: true,
    skip_empty_lines: true,
    trim: true,
  }) as string[][];
  return rows.map((row) => row.map(restoreFormula));
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return isoDate(value);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('text' in value) return String(value.text);
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    return '';
  }
  return String(value).trim();
}

async function readXlsx(buffer: Buffer): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const values = Array.from({ length: sheet.columnCount }, (_, index) =>
      cellText(row.getCell(index + 1).value),
    );
    rows.push(values);
  });
  return rows;
}

/** The header and data rows of a CSV (UTF-8, with or without BOM, `,` or `;`) or an XLSX (first sheet). */
export async function readImportFile(fileName: string, buffer: Buffer): Promise<ImportTable> {
  const extension = fileName.toLowerCase().split('.').pop();
  let table: string[][];
  try {
    if (extension === 'csv') table = readCsv(buffer);
    else if (extension === 'xlsx') table = await readXlsx(buffer);
    else throw new FileUnreadableError('must be a .csv or .xlsx file');
  } catch (error) {
    if (error instanceof FileUnreadableError) throw error;
    throw new FileUnreadableError(`is not a readable ${extension?.toUpperCase()} file`);
  }
  const [header, ...rows] = table.filter((row) => row.some((cell) => cell !== ''));
  if (!header || rows.length === 0)
    throw new FileUnreadableError('needs a header row and at least one data row');
  const columns = header.map((title, index) => title.trim() || `Column ${index + 1}`);
  return { columns, rows: rows.map((row) => columns.map((_, index) => row[index] ?? '')) };
}
