import { Injectable, inject, signal } from '@angular/core';
import {
  Attachment,
  DocumentKind,
  GeneratedDocument,
  Language,
  Order,
  OrderStage,
  Payment,
  RecordPaymentRequest,
  StageTransition,
} from '@switchboard/contracts';
import { Observable, firstValueFrom, forkJoin } from 'rxjs';

import { failureMessageKey, toRequestFailure } from '../../../core/http/api-error';
import { OrderPaymentsApiService } from '../order-payments-api.service';
import { OrdersApiService } from '../orders-api.service';

/** One order with everything its page shows; each action reloads what it changed. */
@Injectable()
export class OrderPageStore {
  private readonly orders = inject(OrdersApiService);
  private readonly money = inject(OrderPaymentsApiService);

  readonly order = signal<Order | null>(null);
  readonly stages = signal<OrderStage[]>([]);
  readonly payments = signal<Payment[]>([]);
  readonly documents = signal<GeneratedDocument[]>([]);
  readonly transitions = signal<StageTransition[]>([]);
  readonly attachments = signal<Attachment[]>([]);
  readonly loading = signal(false);
  readonly busy = signal(false);
  readonly errorKey = signal<string | null>(null);

  async load(id: string): Promise<void> {
    this.loading.set(true);
    this.errorKey.set(null);
    try {
      const loaded = await firstValueFrom(
        forkJoin({
          order: this.orders.get(id),
          stages: this.orders.stages(),
          payments: this.money.payments(id),
          documents: this.money.documents(id),
          transitions: this.orders.transitions(id),
          attachments: this.orders.attachments(id),
        }),
      );
      this.order.set(loaded.order);
      this.stages.set(loaded.stages);
      this.payments.set(loaded.payments);
      this.documents.set(loaded.documents);
      this.transitions.set(loaded.transitions);
      this.attachments.set(loaded.attachments);
    } catch (error) {
      this.errorKey.set(failureMessageKey(toRequestFailure(error)));
    } finally {
      this.loading.set(false);
    }
  }

  move(stageId: string, comment: string): Promise<boolean> {
    return this.act((id) => this.orders.move(id, stageId, comment || undefined));
  }

  pay(request: RecordPaymentRequest): Promise<boolean> {
    return this.act((id) => this.money.pay(id, request));
  }

  refund({ amount, method, reference }: RecordPaymentRequest): Promise<boolean> {
    const refundMethod = method === 'bonus' ? undefined : method;
    return this.act((id) => this.money.refund(id, { amount, method: refundMethod, reference }));
  }

  generate(kind: DocumentKind, language: Language): Promise<boolean> {
    return this.act((id) => this.money.generate(id, kind, language));
  }

  attach(file: File): Promise<boolean> {
    return this.act((id) => this.orders.attach(id, file));
  }

  downloadAttachment(attachment: Attachment): Promise<void> {
    return this.money.downloadAttachment(attachment);
  }

  download(document: GeneratedDocument, format: 'pdf' | 'html'): Promise<void> {
    return this.money.download(document, format);
  }

  /** Runs an action on the current order, then reloads it; a refusal becomes the banner message. */
  private async act(action: (orderId: string) => Observable<unknown>): Promise<boolean> {
    const order = this.order();
    if (!order || this.busy()) return false;
    this.busy.set(true);
    this.errorKey.set(null);
    try {
      await firstValueFrom(action(order.id));
      await this.load(order.id);
      return true;
    } catch (error) {
      this.errorKey.set(failureMessageKey(toRequestFailure(error)));
      return false;
    } finally {
      this.busy.set(false);
    }
  }
}
