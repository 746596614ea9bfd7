import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DocumentKind, GeneratedDocument, Language } from '@switchboard/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { today } from '../../core/dates/iso-date';
import { DomainEventBus } from '../../core/events/domain-event-bus';
import { DomainError } from '../../core/http/domain-error';
import { ClientsService } from '../clients/clients.service';
import { ClientHistoryService } from '../clients/history/client-history.service';
import { OrdersService } from '../orders/orders.service';
import { NUMBER_PREFIX } from './default-templates';
import { DocumentRecord } from './document.entity';
import { DocumentTemplatesService } from './document-templates.service';
import { PdfRendererService } from './pdf-renderer.service';
import { renderTemplate } from './template-renderer';
import { printedUnit } from './unit-names';

export class DocumentNotFoundError extends DomainError {
  constructor(what: string) {
    super('DOCUMENT_NOT_FOUND', `No ${what}`);
  }
}

const toView = (row: DocumentRecord): GeneratedDocument => ({
  id: row.id,
  kind: row.kind,
  number: row.number,
  orderId: row.order?.id ?? null,
  clientId: row.client.id,
  hasPdf: row.hasPdf,
  createdAt: row.createdAt.toISOString(),
  author: row.createdBy ? { id: row.createdBy.id, displayName: row.createdBy.displayName } : null,
});

async function nextNumber(manager: EntityManager, kind: DocumentKind, year: number): Promise<string> {
  const [{ last }] = (await manager.query(
    `INSERT INTO document_number_counters (kind, year, last) VALUES ($1, $2, 1)
     ON CONFLICT (kind, year) DO UPDATE SET last = document_number_counters.last + 1 RETURNING last`,
    [kind, year],
  )) as { last: number }[];
  return `${NUMBER_PREFIX[kind]}-${year}-${String(last).padStart(6, '0')}`;
}

/** Documents generated from an order with the kind's template, stored as HTML and, when Chromium is there, PDF. */
@Injectable()
export class DocumentsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly orders: OrdersService,
    private readonly clients: ClientsService,
    private readonly templates: DocumentTemplatesService,
    private readonly pdf: PdfRendererService,
    private readonly history: ClientHistoryService,
    private readonly events: DomainEventBus,
  ) {}

  /** Prints the order with the kind's template in `language` (units too), stores it, then announces it. */
  async generate(
    orderId: string,
    kind: DocumentKind,
    language: Language,
    actorId: string,
  ): Promise<GeneratedDocument> {
    const document = await this.store(orderId, kind, language, actorId);
    await this.events.emitAsync('document.issued', { documentId: document.id, kind, orderId, actorId });
    return document;
  }

  private async store(
    orderId: string,
    kind: DocumentKind,
    language: Language,
    actorId: string,
  ): Promise<GeneratedDocument> {
    const order = await this.orders.get(orderId);
    const client = await this.clients.get(order.client.id);
    const template = await this.templates.get(kind, language);
    // Numbered in its own statement, so the transaction stays short while Chromium prints.
    const number = await nextNumber(this.db.manager, kind, new Date().getFullYear());
    const document = { number, kind, language, date: today(), name: template.name };
    const items = order.items.map((item) => ({ ...item, unit: printedUnit(item.unit, language) }));
    const html = renderTemplate(template.body, { document, order: { ...order, items }, client });
    const pdf = await this.pdf.render(html);
    return this.db.transaction(async (manager) => {
      const { identifiers } = await manager.insert(DocumentRecord, {
        kind,
        number,
        client: { id: client.id },
        order: { id: order.id },
        html,
        pdf,
        hasPdf: pdf !== null,
        createdBy: { id: actorId },
      });
      const id = identifiers[0]['id'] as string;
      const data = { documentId: id, number, kind, orderId: order.id, orderNumber: order.number };
      const entry = {
        clientId: client.id,
        kind: 'document' as const,
        authorId: actorId,
        text: template.name,
        data,
      };
      await this.history.record(entry, manager);
      const relations = { client: true, order: true, createdBy: true };
      return toView(await manager.findOneOrFail(DocumentRecord, { where: { id }, relations }));
    });
  }

  async list(filter: { clientId?: string; orderId?: string }): Promise<GeneratedDocument[]> {
    const rows = await this.db.manager.find(DocumentRecord, {
      where: {
        ...(filter.clientId ? { client: { id: filter.clientId } } : {}),
        ...(filter.orderId ? { order: { id: filter.orderId } } : {}),
      },
      relations: { client: true, order: true, createdBy: true },
      order: { createdAt: 'DESC' },
      take: 200,
    });
    return rows.map(toView);
  }

  /** The stored file of a document: its HTML, or its PDF (404 when Chromium was not there to print it). */
  async file(id: string, format: 'html' | 'pdf'): Promise<{ number: string; content: Buffer }> {
    const row = await this.db.manager
      .createQueryBuilder(DocumentRecord, 'd')
      .addSelect(format === 'html' ? 'd.html' : 'd.pdf')
      .where('d.id = :id', { id })
      .getOne();
    if (!row) throw new DocumentNotFoundError(`document ${id}`);
    if (format === 'pdf' && !row.pdf) {
      throw new DocumentNotFoundError(
        'PDF of this document: no Chromium was available to print it; the HTML is kept',
      );
    }
    return {
      number: row.number,
      content: format === 'pdf' ? (row.pdf as Buffer) : Buffer.from(row.html, 'utf8'),
    };
  }
}
