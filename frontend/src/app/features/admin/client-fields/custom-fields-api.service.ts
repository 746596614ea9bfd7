import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  CreateCustomFieldRequest,
  CustomFieldDefinition,
  UpdateCustomFieldRequest,
} from '@switchboard/contracts';
import { Observable } from 'rxjs';

const BASE = '/api/client-fields';

/** The `/api/client-fields` endpoints: everyone reads the definitions, admins change them. */
@Injectable({ providedIn: 'root' })
export class CustomFieldsApiService {
  private readonly http = inject(HttpClient);

  list(): Observable<CustomFieldDefinition[]> {
    return this.http.get<CustomFieldDefinition[]>(BASE);
  }

  create(request: CreateCustomFieldRequest): Observable<CustomFieldDefinition> {
    return this.http.post<CustomFieldDefinition>(BASE, request);
  }

  update(id: string, request: UpdateCustomFieldRequest): Observable<CustomFieldDefinition> {
    return this.http.patch<CustomFieldDefinition>(`${BASE}/${encodeURIComponent(id)}`, request);
  }

  remove(id: string): Observable<void> {
    return this.http.delete<void>(`${BASE}/${encodeURIComponent(id)}`);
  }
}
