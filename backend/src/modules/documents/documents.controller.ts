import { Body, Controller, Get, Post, Query, Res } from '@nestjs/common';
import { DEFAULT_LANGUAGE, GeneratedDocument } from '@switchboard/contracts';
import { Response } from 'express';
import { CurrentUser } from '../../core/auth/auth.decorators';
import { AuthenticatedUser } from '../../core/auth/authenticated-user';
import { UuidParam } from '../../core/http/uuid-param';
import { attachmentDisposition } from '../../core/http/content-disposition';
import { DocumentsService } from './documents.service';
import { DocumentFileQuery, GenerateDocumentDto } from './dto/document.dto';

@Controller()
export class DocumentsController {
  constructor(private readonly documents: DocumentsService) {}

  @Post('orders/:id/documents')
  generate(
    @UuidParam('id') id: string,
    @Body() dto: GenerateDocumentDto,
    @CurrentUser() actor: AuthenticatedUser,
  ): Promise<GeneratedDocument> {
    return this.documents.generate(id, dto.kind, dto.language ?? DEFAULT_LANGUAGE, actor.id);
  }

  @Get('orders/:id/documents')
  ofOrder(@UuidParam('id') id: string): Promise<GeneratedDocument[]> {
    return this.documents.list({ orderId: id });
  }

  @Get('clients/:id/documents')
  ofClient(@UuidParam('id') id: string): Promise<GeneratedDocument[]> {
    return this.documents.list({ clientId: id });
  }

  @Get('documents/:id/file')
  async file(
    @UuidParam('id') id: string,
    @Query() query: DocumentFileQuery,
    @Res() response: Response,
  ): Promise<void> {
    const { number, content } = await this.documents.file(id, query.format);
    response
      .type(query.format === 'pdf' ? 'application/pdf' : 'text/html; charset=utf-8')
      .setHeader('Content-Disposition', attachmentDisposition(`${number}.${query.format}`))
      .send(content);
  }
}
