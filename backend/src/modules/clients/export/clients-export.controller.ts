import { Controller, Get, Query, StreamableFile } from '@nestjs/common';
import { Roles } from '../../../core/auth/auth.decorators';
import { attachmentDisposition } from '../../../core/http/content-disposition';
import { ClientsExportService } from './clients-export.service';
import { ExportClientsQuery } from './dto/export-clients.query';

/** Downloads every client matching the registry's filter as CSV (with a BOM for Excel) or XLSX. */
@Controller('clients/export')
@Roles('supervisor', 'admin')
export class ClientsExportController {
  constructor(private readonly exports: ClientsExportService) {}

  @Get()
  async export(@Query() query: ExportClientsQuery): Promise<StreamableFile> {
    const { fileName, contentType, content } = await this.exports.file(query);
    return new StreamableFile(content, { type: contentType, disposition: attachmentDisposition(fileName) });
  }
}
