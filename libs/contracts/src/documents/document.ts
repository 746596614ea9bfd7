import { UserRef } from '../clients/client';

export const DOCUMENT_KINDS = ['contract', 'invoice', 'act', 'proposal', 'vat-invoice'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** A Handlebars template an admin edits in the app; each kind has one, with a sensible default. */
export interface DocumentTemplate {
  kind: DocumentKind;
  name: string;
  body: string;
  updatedAt: string;
}

export interface SaveDocumentTemplateRequest {
  name?: string;
  body: string;
}

export interface GeneratedDocument {
  id: string;
  kind: DocumentKind;
  /** `INV-2026-000012`. */
  number: string;
  orderId: string | null;
  clientId: string;
  /** False when no Chromium was there to print it; the HTML is always kept. */
  hasPdf: boolean;
  createdAt: string;
  author: UserRef | null;
}

export interface GenerateDocumentRequest {
  kind: DocumentKind;
}

export interface Attachment {
  id: string;
  clientId: string | null;
  orderId: string | null;
  fileName: string;
  contentType: string;
  size: number;
  createdAt: string;
  author: UserRef | null;
}
