import { Injectable, inject, signal } from '@angular/core';
import {
  Attachment,
  BonusAccount,
  Client,
  ClientFinance,
  CustomFieldDefinition,
  GeneratedDocument,
} from '@switchboard/contracts';
import { firstValueFrom } from 'rxjs';

import { failureMessageKey, toRequestFailure } from '../../../core/http/api-error';
import { ClientsApiService } from '../clients-api.service';

/** One client's card with what the operator needs beside it: debts, bonuses, documents, field names. */
@Injectable()
export class ClientCardStore {
  private readonly api = inject(ClientsApiService);

  readonly client = signal<Client | null>(null);
  readonly finance = signal<ClientFinance | null>(null);
  readonly documents = signal<GeneratedDocument[]>([]);
  readonly fields = signal<CustomFieldDefinition[]>([]);
  readonly bonuses = signal<BonusAccount | null>(null);
  readonly attachments = signal<Attachment[]>([]);
  readonly loading = signal(false);
  readonly errorKey = signal<string | null>(null);

  async load(id: string): Promise<void> {
    this.loading.set(true);
    this.errorKey.set(null);
    try {
      this.client.set(await firstValueFrom(this.api.get(id)));
      const [finance, documents, fields, bonuses, attachments] = await Promise.all([
        firstValueFrom(this.api.finance(id)).catch(() => null),
        firstValueFrom(this.api.documents(id)).catch(() => []),
        firstValueFrom(this.api.customFields()).catch(() => []),
        firstValueFrom(this.api.bonuses(id)).catch(() => null),
        firstValueFrom(this.api.attachments(id)).catch(() => []),
      ]);
      this.finance.set(finance);
      this.documents.set(documents);
      this.fields.set(fields);
      this.bonuses.set(bonuses);
      this.attachments.set(attachments);
    } catch (error) {
      this.errorKey.set(failureMessageKey(toRequestFailure(error)));
    } finally {
      this.loading.set(false);
    }
  }

  /** A manual bonus correction; reloads the card so the balance everywhere agrees. */
  async adjustBonuses(amount: string, reason: string): Promise<boolean> {
    const client = this.client();
    if (!client) return false;
    try {
      await firstValueFrom(this.api.adjustBonuses(client.id, { amount, reason }));
      await this.load(client.id);
      return true;
    } catch (error) {
      this.errorKey.set(failureMessageKey(toRequestFailure(error)));
      return false;
    }
  }

  async attach(file: File): Promise<void> {
    const client = this.client();
    if (!client) return;
    try {
      const attachment = await firstValueFrom(this.api.attach(client.id, file));
      this.attachments.update((list) => [attachment, ...list]);
    } catch (error) {
      const failure = toRequestFailure(error);
      this.errorKey.set(
        failure.code === 'FILE_TOO_LARGE' ? 'clients.card.fileTooLarge' : failureMessageKey(failure),
      );
    }
  }

  download(attachment: Attachment): Promise<void> {
    return this.api.downloadAttachment(attachment);
  }

  async remove(): Promise<void> {
    await this.run(async (id) => {
      await firstValueFrom(this.api.remove(id));
      return firstValueFrom(this.api.get(id));
    });
  }

  async restore(): Promise<void> {
    await this.run((id) => firstValueFrom(this.api.restore(id)));
  }

  private async run(action: (id: string) => Promise<Client>): Promise<void> {
    const client = this.client();
    if (!client) return;
    try {
      this.client.set(await action(client.id));
    } catch (error) {
      this.errorKey.set(failureMessageKey(toRequestFailure(error)));
    }
  }
}
