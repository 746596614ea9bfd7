import { DataSourceOptions } from 'typeorm';
import { ClientContact } from '../../modules/clients/client-contact.entity';
import { ClientEmail } from '../../modules/clients/client-email.entity';
import { ClientPhone } from '../../modules/clients/client-phone.entity';
import { Client } from '../../modules/clients/client.entity';
import { CustomField } from '../../modules/clients/custom-fields/custom-field.entity';
import { AttachmentRecord } from '../../modules/documents/attachment.entity';
import { DocumentNumberCounter } from '../../modules/documents/document-number-counter.entity';
import { DocumentTemplateRecord } from '../../modules/documents/document-template.entity';
import { DocumentRecord } from '../../modules/documents/document.entity';
import { ClientImportRecord } from '../../modules/clients/import/client-import.entity';
import { HistoryEntryRecord } from '../../modules/clients/history/history-entry.entity';
import { ClientSegmentRecord } from '../../modules/clients/segments/client-segment.entity';
import { BonusEntryRecord } from '../../modules/bonuses/bonus-entry.entity';
import { BonusRuleRecord } from '../../modules/bonuses/bonus-rule.entity';
import { Product } from '../../modules/catalogue/product.entity';
import { OrderInstallment } from '../../modules/orders/order-installment.entity';
import { OrderItemRecord } from '../../modules/orders/order-item.entity';
import { OrderNumberCounter } from '../../modules/orders/order-number-counter.entity';
import { OrderStageTotal } from '../../modules/orders/order-stage-total.entity';
import { OrderStageRecord } from '../../modules/orders/order-stage.entity';
import { OrderTransition } from '../../modules/orders/order-transition.entity';
import { OrderRecord } from '../../modules/orders/order.entity';
import { PaymentRecord } from '../../modules/payments/payment.entity';
import { User } from '../../modules/users/user.entity';
import { CallEntity } from '../../modules/calls/call.entity';
import { TaskRecord } from '../../modules/tasks/task.entity';
import { ConsoleSettingsRecord } from '../../modules/console-settings/console-settings.entity';
import { CreateUsers1763900000000 } from '../../database/migrations/1763900000000-CreateUsers';
import { CreateClients1763910000000 } from '../../database/migrations/1763910000000-CreateClients';
import { CreateClientImports1763915000000 } from '../../database/migrations/1763915000000-CreateClientImports';
import { CreateOrders1763920000000 } from '../../database/migrations/1763920000000-CreateOrders';
import { CreateOrderStageTotals1763921000000 } from '../../database/migrations/1763921000000-CreateOrderStageTotals';
import { CreateDocuments1763930000000 } from '../../database/migrations/1763930000000-CreateDocuments';
import { CreateCalls1764600000000 } from '../../database/migrations/1764600000000-CreateCalls';
import { CreateTasks1764601000000 } from '../../database/migrations/1764601000000-CreateTasks';
import { CreateConsoleSettings1764602000000 } from '../../database/migrations/1764602000000-CreateConsoleSettings';
import { AddCallWrapUp1764603000000 } from '../../database/migrations/1764603000000-AddCallWrapUp';

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
  ClientImportRecord,
  Product,
  OrderStageRecord,
  OrderStageTotal,
  OrderRecord,
  OrderItemRecord,
  OrderInstallment,
  OrderTransition,
  OrderNumberCounter,
  PaymentRecord,
  BonusRuleRecord,
  BonusEntryRecord,
  DocumentTemplateRecord,
  DocumentRecord,
  DocumentNumberCounter,
  AttachmentRecord,
  CallEntity,
  TaskRecord,
  ConsoleSettingsRecord,
];
export const MIGRATIONS = [
  CreateUsers1763900000000,
  CreateClients1763910000000,
  CreateClientImports1763915000000,
  CreateOrders1763920000000,
  CreateOrderStageTotals1763921000000,
  CreateDocuments1763930000000,
  CreateCalls1764600000000,
  CreateTasks1764601000000,
  CreateConsoleSettings1764602000000,
  AddCallWrapUp1764603000000,
];

export function databaseOptions(url: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    synchronize: false,
    migrationsRun: false,
    // Call events write several short transactions per call while screen-pops read: ten connections
    // (pg's default) queue the pops behind the commits at a few hundred calls a second.
    poolSize: 20,
    migrationsTransactionMode: 'each',
  };
}
