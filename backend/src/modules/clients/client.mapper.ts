import { Client as ClientView } from '@switchboard/contracts';
import { Client } from './client.entity';

export function toClientView(client: Client): ClientView {
  return {
    id: client.id,
    kind: client.kind,
    displayName: client.displayName,
    firstName: client.firstName,
    lastName: client.lastName,
    middleName: client.middleName,
    legalName: client.legalName,
    taxId: client.taxId,
    phones: client.phones.map((phone) => ({
      id: phone.id,
      label: phone.label,
      number: phone.original,
      e164: phone.e164,
    })),
    createdAt: client.createdAt.toISOString(),
    updatedAt: client.updatedAt.toISOString(),
  };
}
