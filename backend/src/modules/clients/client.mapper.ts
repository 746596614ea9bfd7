import { Client as ClientView, ClientPhone as PhoneView, UserRef } from '@switchboard/contracts';
import { User } from '../users/user.entity';
import { ClientPhone } from './client-phone.entity';
import { Client } from './client.entity';

export const userRef = (user: User | null): UserRef | null =>
  user ? { id: user.id, displayName: user.displayName } : null;

const byPosition = <T extends { position: number }>(items: T[]) =>
  [...items].sort((a, b) => a.position - b.position);

const phoneView = (phone: ClientPhone): PhoneView => ({
  id: phone.id,
  label: phone.label,
  number: phone.original,
  e164: phone.e164,
});

/** The card of a client loaded with its phones (and their contact), emails, contacts and users. */
export function toClientView(client: Client): ClientView {
  const phones = byPosition(client.phones);
  return {
    id: client.id,
    kind: client.kind,
    displayName: client.displayName,
    firstName: client.firstName,
    lastName: client.lastName,
    middleName: client.middleName,
    birthDate: client.birthDate,
    gender: client.gender,
    legalName: client.legalName,
    taxId: client.taxId,
    registrationNumbers: client.registrationNumbers,
    bankDetails: client.bankDetails,
    legalAddress: client.legalAddress,
    deliveryAddress: client.deliveryAddress,
    phones: phones.filter((phone) => !phone.contact).map(phoneView),
    emails: byPosition(client.emails).map(({ id, label, email }) => ({ id, label, email })),
    contacts: byPosition(client.contacts).map((contact) => ({
      id: contact.id,
      name: contact.name,
      position: contact.jobTitle,
      email: contact.email,
      phones: phones.filter((phone) => phone.contact?.id === contact.id).map(phoneView),
    })),
    category: client.category,
    tags: client.tags,
    source: client.source,
    status: client.status,
    manager: userRef(client.manager),
    doNotCall: client.doNotCall,
    noMarketing: client.noMarketing,
    familyMembers: client.familyMembers,
    importantDates: client.importantDates,
    customFields: client.customFields,
    lastContactAt: client.lastContactAt?.toISOString() ?? null,
    createdAt: client.createdAt.toISOString(),
    createdBy: userRef(client.createdBy),
    updatedAt: client.updatedAt.toISOString(),
    updatedBy: userRef(client.updatedBy),
    deletedAt: client.deletedAt?.toISOString() ?? null,
  };
}
