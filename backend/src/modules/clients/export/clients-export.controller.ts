import { Controller, Get, Query, Res } from '@nestjs/common';
import { stringify } from 'csv-stringify';
import ExcelJS from 'exceljs';
import { Response } from 'express';
import { Roles } from '../../../core/auth/auth.decorators';
import { attachmentDisposition } from '../../../core/http/content-disposition';
import { CustomFieldsService } from '../custom-fields/custom-fields.service';
import { ClientsSearchService } from '../search/clients-search.service';
import { ExportClientsQuery } from './dto/export-clients.query';
import { exportColumns } from './export-columns';

const CONTENT_TYPES = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** Streams every client matching the registry's filter as CSV (with a BOM for Excel) or XLSX. */
@Controller('clients/export')
@Roles('supervisor', 'admin')
export class ClientsExportController {
  constructor(
    private readonly search: ClientsSearchService,
    private readonly customFields: CustomFieldsService,
  ) {}

  @Get()
  async export(@Query() query: ExportClientsQuery, @Res() response: Response): Promise<void> {
    const { format, ...filter } = query;
    const columns = exportColumns(await this.customFields.list());
    const batches = this.search.summaries(filter);
    const fileName = `clients-${new Date().toISOString().slice(0, 10)}.${format}`;
    response.type(CONTENT_TYPES[format]).setHeader('Content-Disposition', attachmentDisposition(fileName));
    if (format === 'csv') {
      const csv = stringify({ bom: true, header: true, columns: columns.map((column) => column.title) });
      csv.pipe(response);
      for await (const batch of batches) {
        for (const client of batch) csv.write(columns.map((column) => column.value(client)));
      }
      csv.end();
      return;
    }
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: response, useStyles: false });
    const sheet = workbook.addWorksheet('Clients');
    sheet.columns = columns.map((column) => ({ header: column.title, width: 24 }));
    for await (const batch of batches) {
      for (const client of batch) sheet.addRow(columns.map((column) => column.value(client))).commit();
    }
    sheet.commit();
    await workbook.commit();
  }
}
