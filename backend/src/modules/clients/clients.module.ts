import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ClientContact } from './client-contact.entity';
import { ClientEmail } from './client-email.entity';
import { ClientPhone } from './client-phone.entity';
import { Client } from './client.entity';
import { ClientsController } from './clients.controller';
import { ClientsService } from './clients.service';
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
    ]),
  ],
  controllers: [ClientsController, ClientHistoryController, CustomFieldsController, ClientSegmentsController],
  providers: [
    ClientsService,
    ClientsSearchService,
    ClientDuplicatesService,
    ClientsMergeService,
    ClientHistoryService,
    CustomFieldsService,
    ClientSegmentsService,
  ],
  exports: [ClientsService, ClientsSearchService, ClientHistoryService, ClientSegmentsService],
})
export class ClientsModule {}
