import { ClientSummary, CustomFieldDefinition } from '@switchboard/contracts';

export interface ExportColumn {
  title: string;
  value: (client: ClientSummary) => string;
}

/** Titles and cell values of an export: the registry's columns and one per custom field. */
export function exportColumns(customFields: CustomFieldDefinition[]): ExportColumn[] {
  const columns: ExportColumn[] = [
    { title: 'Name', value: (client) => client.displayName },
    { title: 'Kind', value: (client) => client.kind },
    { title: 'Phones', value: (client) => client.phones.join(', ') },
    { title: 'Emails', value: (client) => client.emails.join(', ') },
    { title: 'Tax id', value: (client) => client.taxId ?? '' },
    { title: 'Category', value: (client) => client.category ?? '' },
    { title: 'Tags', value: (client) => client.tags.join(', ') },
    { title: 'Status', value: (client) => client.status },
    { title: 'Manager', value: (client) => client.manager?.displayName ?? '' },
    { title: 'Birth date', value: (client) => client.birthDate ?? '' },
    { title: 'Last contact', value: (client) => client.lastContactAt ?? '' },
    { title: 'Created', value: (client) => client.createdAt },
  ];
  for (const field of customFields) {
    columns.push({ title: field.label, value: (client) => String(client.customFields[field.key] ?? '') });
  }
  return columns;
}
