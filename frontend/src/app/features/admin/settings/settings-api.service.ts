import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  BonusRule,
  DocumentTemplate,
  OrderStage,
  SaveDocumentTemplateRequest,
  SaveOrderStageRequest,
} from '@switchboard/contracts';
import { Observable } from 'rxjs';

/** Which template: a document kind in a language. */
export type TemplateRef = Pick<DocumentTemplate, 'kind' | 'language'>;

/** What admins configure besides users and client fields: the funnel, document templates, bonus rules. */
@Injectable({ providedIn: 'root' })
export class SettingsApiService {
  private readonly http = inject(HttpClient);

  stages(): Observable<OrderStage[]> {
    return this.http.get<OrderStage[]>('/api/order-stages');
  }

  createStage(request: SaveOrderStageRequest): Observable<OrderStage> {
    return this.http.post<OrderStage>('/api/order-stages', request);
  }

  updateStage(id: string, request: Partial<SaveOrderStageRequest>): Observable<OrderStage> {
    return this.http.patch<OrderStage>(`/api/order-stages/${encodeURIComponent(id)}`, request);
  }

  templates(): Observable<DocumentTemplate[]> {
    return this.http.get<DocumentTemplate[]>('/api/document-templates');
  }

  saveTemplate(
    { kind, language }: TemplateRef,
    request: SaveDocumentTemplateRequest,
  ): Observable<DocumentTemplate> {
    return this.http.put<DocumentTemplate>(`/api/document-templates/${kind}/${language}`, request);
  }

  resetTemplate({ kind, language }: TemplateRef): Observable<DocumentTemplate> {
    return this.http.delete<DocumentTemplate>(`/api/document-templates/${kind}/${language}`);
  }

  bonusRules(): Observable<BonusRule[]> {
    return this.http.get<BonusRule[]>('/api/bonus-rules');
  }

  saveBonusRule(rule: BonusRule): Observable<BonusRule> {
    return this.http.put<BonusRule>('/api/bonus-rules', rule);
  }
}
