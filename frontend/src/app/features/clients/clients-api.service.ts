import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  Attachment,
  BonusAccount,
  BonusAdjustmentRequest,
  BonusEntry,
  Client,
  ClientFilter,
  ClientFinance,
  ClientListQuery,
  ClientSegment,
  ClientSummary,
  CreateClientRequest,
  CustomFieldDefinition,
  CustomFieldFilter,
  DuplicateCheckResponse,
  GeneratedDocument,
  Page,
  SaveClientSegmentRequest,
  UpdateClientRequest,
  UserRef,
} from '@switchboard/contracts';
import { Observable } from 'rxjs';

import { queryParams } from '../../core/http/query-params';
import { saveFile } from '../../core/http/save-file';

const BASE = '/api/clients';
const id = (value: string) => encodeURIComponent(value);

/** Custom field filters travel as JSON text in the query string. */
export function filterParams(filter: ClientFilter): Record<string, unknown> {
  const { customFields, ...rest } = filter;
  return {
    ...rest,
    customFields: customFields?.length
      ? JSON.stringify(customFields satisfies CustomFieldFilter[])
      : undefined,
  };
}

/** Clients, their saved segments and the lists the forms pick from. */
@Injectable({ providedIn: 'root' })
export class ClientsApiService {
  private readonly http = inject(HttpClient);

  list(query: ClientListQuery): Observable<Page<ClientSummary>> {
    return this.http.get<Page<ClientSummary>>(BASE, { params: queryParams(filterParams(query)) });
  }

  get(clientId: string): Observable<Client> {
    return this.http.get<Client>(`${BASE}/${id(clientId)}`);
  }

  create(request: CreateClientRequest): Observable<Client> {
    return this.http.post<Client>(BASE, request);
  }

  update(clientId: string, request: UpdateClientRequest): Observable<Client> {
    return this.http.patch<Client>(`${BASE}/${id(clientId)}`, request);
  }

  remove(clientId: string): Observable<void> {
    return this.http.delete<void>(`${BASE}/${id(clientId)}`);
  }

  restore(clientId: string): Observable<Client> {
    return this.http.post<Client>(`${BASE}/${id(clientId)}/restore`, {});
  }

  duplicates(check: {
    phones: string[];
    emails: string[];
    taxId?: string;
    excludeId?: string;
  }): Observable<DuplicateCheckResponse> {
    return this.http.post<DuplicateCheckResponse>(`${BASE}/duplicates`, check);
  }

  merge(keptId: string, sourceId: string): Observable<Client> {
    return this.http.post<Client>(`${BASE}/${id(keptId)}/merge`, { sourceId });
  }

  finance(clientId: string): Observable<ClientFinance> {
    return this.http.get<ClientFinance>(`${BASE}/${id(clientId)}/finance`);
  }

  documents(clientId: string): Observable<GeneratedDocument[]> {
    return this.http.get<GeneratedDocument[]>(`${BASE}/${id(clientId)}/documents`);
  }

  bonuses(clientId: string): Observable<BonusAccount> {
    return this.http.get<BonusAccount>(`${BASE}/${id(clientId)}/bonuses`);
  }

  adjustBonuses(clientId: string, request: BonusAdjustmentRequest): Observable<BonusEntry> {
    return this.http.post<BonusEntry>(`${BASE}/${id(clientId)}/bonuses/adjustments`, request);
  }

  attachments(clientId: string): Observable<Attachment[]> {
    return this.http.get<Attachment[]>(`${BASE}/${id(clientId)}/attachments`);
  }

  attach(clientId: string, file: File): Observable<Attachment> {
    const body = new FormData();
    body.append('file', file, file.name);
    return this.http.post<Attachment>(`${BASE}/${id(clientId)}/attachments`, body);
  }

  downloadAttachment(attachment: Attachment): Promise<void> {
    return saveFile(this.http, `/api/attachments/${id(attachment.id)}/file`, attachment.fileName);
  }

  customFields(): Observable<CustomFieldDefinition[]> {
    return this.http.get<CustomFieldDefinition[]>('/api/client-fields');
  }

  users(): Observable<UserRef[]> {
    return this.http.get<UserRef[]>('/api/directory/users');
  }

  segments(): Observable<ClientSegment[]> {
    return this.http.get<ClientSegment[]>('/api/client-segments');
  }

  saveSegment(request: SaveClientSegmentRequest): Observable<ClientSegment> {
    return this.http.post<ClientSegment>('/api/client-segments', request);
  }

  deleteSegment(segmentId: string): Observable<void> {
    return this.http.delete<void>(`/api/client-segments/${id(segmentId)}`);
  }

  export(filter: ClientFilter, format: 'csv' | 'xlsx'): Promise<void> {
    const params = queryParams({ ...filterParams(filter), format });
    return saveFile(this.http, `${BASE}/export?${params.toString()}`, `clients.${format}`);
  }
}
