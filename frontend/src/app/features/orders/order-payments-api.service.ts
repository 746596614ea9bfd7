import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  Attachment,
  DocumentKind,
  GeneratedDocument,
  Language,
  Payment,
  RecordPaymentRequest,
  RefundRequest,
} from '@switchboard/contracts';
import { Observable } from 'rxjs';

import { saveFile } from '../../core/http/save-file';

/** An order's payments and documents. */
@Injectable({ providedIn: 'root' })
export class OrderPaymentsApiService {
  private readonly http = inject(HttpClient);

  payments(orderId: string): Observable<Payment[]> {
    return this.http.get<Payment[]>(`/api/orders/${encodeURIComponent(orderId)}/payments`);
  }

  pay(orderId: string, request: RecordPaymentRequest): Observable<Payment> {
    return this.http.post<Payment>(`/api/orders/${encodeURIComponent(orderId)}/payments`, request);
  }

  refund(orderId: string, request: RefundRequest): Observable<Payment> {
    return this.http.post<Payment>(`/api/orders/${encodeURIComponent(orderId)}/refunds`, request);
  }

  documents(orderId: string): Observable<GeneratedDocument[]> {
    return this.http.get<GeneratedDocument[]>(`/api/orders/${encodeURIComponent(orderId)}/documents`);
  }

  generate(orderId: string, kind: DocumentKind, language: Language): Observable<GeneratedDocument> {
    return this.http.post<GeneratedDocument>(`/api/orders/${encodeURIComponent(orderId)}/documents`, {
      kind,
      language,
    });
  }

  downloadAttachment(attachment: Attachment): Promise<void> {
    return saveFile(
      this.http,
      `/api/attachments/${encodeURIComponent(attachment.id)}/file`,
      attachment.fileName,
    );
  }

  download(document: GeneratedDocument, format: 'pdf' | 'html'): Promise<void> {
    const url = `/api/documents/${encodeURIComponent(document.id)}/file?format=${format}`;
    return saveFile(this.http, url, `${document.number}.${format}`);
  }
}
