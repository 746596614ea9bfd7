import { Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '../../core/config/app-config';
import { APP_CONFIG } from '../../core/config/config.module';
import { UsersModule } from '../users/users.module';
import { ClientContact } from './client-contact.entity';
import { ClientEmail } from './client-email.entity';
import { ClientPhone } from './client-phone.entity';
import { Client } from './client.entity';
import { ClientsController } from './clients.controller';
import { ClientsService } from './clients.service';
import { ClientsExportController } from './export/clients-export.controller';
import { ClientsExportService } from './export/clients-export.service';
import { ClientImportRecord } from './import/client-import.entity';
import { ClientImportsController } from './import/client-imports.controller';
import { ClientImportsService } from './import/client-imports.service';
import { CustomField } from './custom-fields/custom-field.entity';
import { CustomFieldsController } from './custom-fields/custom-fields.controller';
import { CustomFieldsService } from './custom-fields/custom-fields.service';
import { ClientHistoryController } from './history/client-history.controller';
import { ClientHistoryService } from './history/client-history.service';
import { HistoryEntryRecord } from './history/history-entry.entity';
import { ClientDuplicatesService } from './merge/client-duplicates.service';
import { ClientsMergeService } from './merge/clients-merge.service';
import { ClientsSearchService } from './search/clients-search.service';
import { ClientSegmentRecord } from './segments/client-segment.entity';
import { ClientSegmentsController } from './segments/client-segments.controller';
import { ClientSegmentsService } from './segments/client-segments.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([
      Client,
      ClientPhone,
      ClientEmail,
      ClientContact,
      CustomField,
      HistoryEntryRecord,
      ClientSegmentRecord,
      ClientImportRecord,
    ]),
    MulterModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({ limits: { fileSize: config.clientImportMaxBytes, files: 1 } }),
    }),
    UsersModule,
  ],
  // The export route comes before `clients/:id`, which would otherwise take `export` for an id.
  controllers: [
    ClientsExportController,
    ClientsController,
    ClientImportsController,
    ClientHistoryController,
    CustomFieldsController,
    ClientSegmentsController,
  ],
  providers: [
    ClientsService,
    ClientsSearchService,
    ClientsExportService,
    ClientDuplicatesService,
    ClientsMergeService,
    ClientHistoryService,
    CustomFieldsService,
    ClientSegmentsService,
    ClientImportsService,
  ],
  exports: [
    ClientsService,
    ClientsSearchService,
    ClientHistoryService,
    ClientSegmentsService,
    CustomFieldsService,
  ],
})
export class ClientsModule {}
