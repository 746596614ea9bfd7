import { EntityManager } from 'typeorm';
import { ClientContact } from './client-contact.entity';
import { ClientEmail } from './client-email.entity';
import { ClientPhone } from './client-phone.entity';
import { ClientState, PhoneState } from './client-state';
import { Client } from './client.entity';
import { nameKey } from './search/name-key';

const ref = (id: string | null) => (id ? { id } : null);

/** The clients-table columns of a state; its lists go to their own tables. */
function columns(state: ClientState, actorId: string | null) {
  const lists = new Set(['phones', 'emails', 'contacts', 'managerId']);
  const fields = Object.fromEntries(Object.entries(state).filter(([field]) => !lists.has(field)));
  return {
    ...fields,
    searchName: nameKey(state.displayName),
    manager: ref(state.managerId),
    updatedBy: ref(actorId),
  } as Partial<Client>;
}

async function insertPhones(
  manager: EntityManager,
  clientId: string,
  phones: PhoneState[],
  contactId: string | null = null,
): Promise<void> {
  if (phones.length === 0) return;
  await manager.insert(
    ClientPhone,
    phones.map((phone, position) => ({
      ...phone,
      position,
      client: { id: clientId },
      contact: ref(contactId),
    })),
  );
}

/** Writes the lists of a client whole: an edit replaces phones, emails and contacts together. */
async function insertLists(manager: EntityManager, clientId: string, state: ClientState): Promise<void> {
  await insertPhones(manager, clientId, state.phones);
  if (state.emails.length > 0) {
    await manager.insert(
      ClientEmail,
      state.emails.map((email, position) => ({ ...email, position, client: { id: clientId } })),
    );
  }
  for (const [position, { phones, ...contact }] of state.contacts.entries()) {
    const inserted = await manager.insert(ClientContact, { ...contact, position, client: { id: clientId } });
    await insertPhones(manager, clientId, phones, inserted.identifiers[0]['id'] as string);
  }
}

/** Stores a new client; returns its id. Call inside a transaction. */
export async function insertClient(
  manager: EntityManager,
  state: ClientState,
  actorId: string | null,
): Promise<string> {
  const inserted = await manager.insert(Client, { ...columns(state, actorId), createdBy: ref(actorId) });
  const id = inserted.identifiers[0]['id'] as string;
  await insertLists(manager, id, state);
  return id;
}

/** Replaces a stored client's fields and lists with `state`. Call inside a transaction. */
export async function replaceClient(
  manager: EntityManager,
  id: string,
  state: ClientState,
  actorId: string | null,
): Promise<void> {
  await manager.update(Client, { id }, columns(state, actorId));
  await clearLists(manager, id);
  await insertLists(manager, id, state);
}

/** Removes a client's phones, emails and contacts (merge moves them to the kept client). */
export async function clearLists(manager: EntityManager, id: string): Promise<void> {
  await manager.delete(ClientPhone, { client: { id } });
  await manager.delete(ClientEmail, { client: { id } });
  await manager.delete(ClientContact, { client: { id } });
}
