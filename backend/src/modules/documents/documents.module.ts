import { Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DocumentsMergeListener } from './documents-merge.listener';
import { AppConfig } from '../../core/config/app-config';
import { APP_CONFIG } from '../../core/config/config.module';
import { ClientsModule } from '../clients/clients.module';
import { OrdersModule } from '../orders/orders.module';
import { AttachmentRecord } from './attachment.entity';
import { AttachmentsController } from './attachments.controller';
import { AttachmentsService } from './attachments.service';
import { DocumentNumberCounter } from './document-number-counter.entity';
import { DocumentTemplateRecord } from './document-template.entity';
import { DocumentTemplatesController } from './document-templates.controller';
import { DocumentTemplatesService } from './document-templates.service';
import { DocumentRecord } from './document.entity';
import { DocumentsController } from './documents.controller';
import { DocumentsService } from './documents.service';
import { PdfRendererService } from './pdf-renderer.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([
      DocumentTemplateRecord,
      DocumentRecord,
      AttachmentRecord,
      DocumentNumberCounter,
    ]),
    MulterModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        limits: { fileSize: config.documents.attachmentMaxBytes, files: 1 },
      }),
    }),
    ClientsModule,
    OrdersModule,
  ],
  controllers: [DocumentTemplatesController, DocumentsController, AttachmentsController],
  providers: [
    DocumentsMergeListener,
    DocumentTemplatesService,
    DocumentsService,
    AttachmentsService,
    PdfRendererService,
  ],
})
export class DocumentsModule {}
