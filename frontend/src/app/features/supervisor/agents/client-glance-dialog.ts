import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Client, ClientFinance } from '@switchboard/contracts';
import { firstValueFrom } from 'rxjs';

import { failureMessageKey, toRequestFailure } from '../../../core/http/api-error';
import { LocalizedTextPipe } from '../../../core/i18n/localized-text.pipe';
import { MoneyPipe } from '../../../core/i18n/money.pipe';
import { PhonePipe } from '../../../core/i18n/phone.pipe';
import { ClientCategoryPipe } from '../../../shared/client-category/client-category.pipe';
import { ClientsApiService } from '../../clients/clients-api.service';

export interface ClientGlanceData {
  clientId: string;
}

/**
 * The caller's card at a glance, read-only, for a supervisor watching the call: who they are, how to
 * reach them, what they owe and which orders are open. (The full card edits; this one only shows.)
 */
@Component({
  selector: 'sb-client-glance-dialog',
  imports: [
    ClientCategoryPipe,
    LocalizedTextPipe,
    MatButtonModule,
    MatDialogModule,
    MatProgressBarModule,
    MoneyPipe,
    PhonePipe,
    RouterLink,
    TranslocoPipe,
  ],
  templateUrl: './client-glance-dialog.html',
  styleUrl: './client-glance-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ClientGlanceDialog {
  private readonly api = inject(ClientsApiService);
  protected readonly clientId = inject<ClientGlanceData>(MAT_DIALOG_DATA).clientId;
  protected readonly client = signal<Client | null>(null);
  protected readonly finance = signal<ClientFinance | null>(null);
  protected readonly errorKey = signal<string | null>(null);

  constructor() {
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      const [client, finance] = await Promise.all([
        firstValueFrom(this.api.get(this.clientId)),
        firstValueFrom(this.api.finance(this.clientId)),
      ]);
      this.client.set(client);
      this.finance.set(finance);
    } catch (error) {
      this.errorKey.set(failureMessageKey(toRequestFailure(error)));
    }
  }
}
