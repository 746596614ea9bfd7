import { Module } from '@nestjs/common';
import { ClientsModule } from '../clients.module';
import { ClientImportProcessor } from './client-import.processor';

/** The clients module's queue processors; only the worker process loads them. */
@Module({ imports: [ClientsModule], providers: [ClientImportProcessor] })
export class ClientsJobsModule {}
