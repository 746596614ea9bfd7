import {
  Body,
  Controller,
  Get,
  HttpCode,
  HttpStatus,
  Post,
  Res,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ClientImportPreview, ClientImportStatus } from '@switchboard/contracts';
import { Response } from 'express';
import { CurrentUser, Roles } from '../../../core/auth/auth.decorators';
import { AuthenticatedUser } from '../../../core/auth/authenticated-user';
import { UuidParam } from '../../../core/http/uuid-param';
import { attachmentDisposition } from '../../../core/http/content-disposition';
import { ClientImportsService } from './client-imports.service';
import { StartImportDto } from './dto/start-import.dto';

/** Supervisors and admins import clients from CSV or XLSX (multipart field `file`). */
@Controller('client-imports')
@Roles('supervisor', 'admin')
export class ClientImportsController {
  constructor(private readonly imports: ClientImportsService) {}

  @Post()
  @UseInterceptors(FileInterceptor('file'))
  upload(
    @UploadedFile() file: { originalname: string; buffer: Buffer } | undefined,
    @CurrentUser() actor: AuthenticatedUser,
  ): Promise<ClientImportPreview> {
    return this.imports.upload(file, actor.id);
  }

  @Post(':id/start')
  @HttpCode(HttpStatus.ACCEPTED)
  start(
    @UuidParam('id') id: string,
    @Body() dto: StartImportDto,
    @CurrentUser() actor: AuthenticatedUser,
  ): Promise<ClientImportStatus> {
    return this.imports.start(id, dto.mapping, actor);
  }

  @Get(':id')
  status(@UuidParam('id') id: string, @CurrentUser() actor: AuthenticatedUser): Promise<ClientImportStatus> {
    return this.imports.status(id, actor);
  }

  @Get(':id/rejected')
  async rejected(
    @UuidParam('id') id: string,
    @CurrentUser() actor: AuthenticatedUser,
    @Res() response: Response,
  ): Promise<void> {
    const { fileName, content } = await this.imports.rejectedCsv(id, actor);
    response
      .type('text/csv; charset=utf-8')
      .setHeader('Content-Disposition', attachmentDisposition(fileName))
      .send(content);
  }
}
