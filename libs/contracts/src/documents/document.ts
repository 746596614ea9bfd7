import { UserRef } from '../clients/client';
import { Language } from '../i18n/languages';

export const DOCUMENT_KINDS = ['contract', 'invoice', 'act', 'proposal', 'vat-invoice'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** A Handlebars template an admin edits in the app; each kind has one per language, with a sensible default. */
export interface DocumentTemplate {
  kind: DocumentKind;
  /** The language the document is written in. */
  language: Language;
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
  /** Which language's template prints it; English when left out. */
  language?: Language;
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
