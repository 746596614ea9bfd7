import { DataSourceOptions } from 'typeorm';
import { ClientContact } from '../../modules/clients/client-contact.entity';
import { ClientEmail } from '../../modules/clients/client-email.entity';
import { ClientPhone } from '../../modules/clients/client-phone.entity';
import { Client } from '../../modules/clients/client.entity';
import { CustomField } from '../../modules/clients/custom-fields/custom-field.entity';
import { HistoryEntryRecord } from '../../modules/clients/history/history-entry.entity';
import { ClientSegmentRecord } from '../../modules/clients/segments/client-segment.entity';
import { User } from '../../modules/users/user.entity';
import { CreateUsers1763900000000 } from '../../database/migrations/1763900000000-CreateUsers';
import { CreateClients1763910000000 } from '../../database/migrations/1763910000000-CreateClients';

/** Entities and migrations are listed explicitly so bundling or renaming never loses one. */
export const ENTITIES = [
  User,
  Client,
  ClientPhone,
  ClientEmail,
  ClientContact,
  CustomField,
  HistoryEntryRecord,
  ClientSegmentRecord,
];
export const MIGRATIONS = [CreateUsers1763900000000, CreateClients1763910000000];

export function databaseOptions(url: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    synchronize: false,
    migrationsRun: false,
    migrationsTransactionMode: 'each',
  };
}
