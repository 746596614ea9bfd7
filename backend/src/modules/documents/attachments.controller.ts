import { Controller, Get, Post, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { Attachment } from '@switchboard/contracts';
import { Response } from 'express';
import { CurrentUser } from '../../core/auth/auth.decorators';
import { AuthenticatedUser } from '../../core/auth/authenticated-user';
import { UuidParam } from '../../core/http/uuid-param';
import { ClientsService } from '../clients/clients.service';
import { OrdersService } from '../orders/orders.service';
import { AttachmentsService, UploadedFileData } from './attachments.service';
import { attachmentDisposition } from '../../core/http/content-disposition';

/** Files attached to clients and orders: multipart field `file`, size limited by ATTACHMENT_MAX_BYTES. */
@Controller()
export class AttachmentsController {
  constructor(
    private readonly attachments: AttachmentsService,
    private readonly clients: ClientsService,
    private readonly orders: OrdersService,
  ) {}

  @Post('clients/:id/attachments')
  @UseInterceptors(FileInterceptor('file'))
  async toClient(
    @UuidParam('id') id: string,
    @UploadedFile() file: UploadedFileData | undefined,
    @CurrentUser() actor: AuthenticatedUser,
  ): Promise<Attachment> {
    await this.clients.get(id);
    return this.attachments.add({ clientId: id }, file, actor.id);
  }

  @Post('orders/:id/attachments')
  @UseInterceptors(FileInterceptor('file'))
  async toOrder(
    @UuidParam('id') id: string,
    @UploadedFile() file: UploadedFileData | undefined,
    @CurrentUser() actor: AuthenticatedUser,
  ): Promise<Attachment> {
    await this.orders.get(id);
    return this.attachments.add({ orderId: id }, file, actor.id);
  }

  @Get('clients/:id/attachments')
  ofClient(@UuidParam('id') id: string): Promise<Attachment[]> {
    return this.attachments.list({ clientId: id });
  }

  @Get('orders/:id/attachments')
  ofOrder(@UuidParam('id') id: string): Promise<Attachment[]> {
    return this.attachments.list({ orderId: id });
  }

  @Get('attachments/:id/file')
  async file(@UuidParam('id') id: string, @Res() response: Response): Promise<void> {
    const { fileName, contentType, data } = await this.attachments.file(id);
    response.type(contentType).setHeader('Content-Disposition', attachmentDisposition(fileName)).send(data);
  }
}
