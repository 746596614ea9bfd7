import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';

import { ConsoleDrawerStore } from '../../../core/calls/console-drawer.store';
import { ClientCard } from '../../clients/card/client-card';
import { ClientForm } from '../../clients/form/client-form';
import { OrderForm } from '../../orders/form/order-form';
import { QuickActions } from './quick-actions';

/**
 * The console's card: the caller's card with quick actions, or a new-client form with their number, in
 * the call dock beside the current page, which stays as it was.
 */
@Component({
  selector: 'sb-console-drawer',
  imports: [
    RouterLink,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    TranslocoPipe,
    ClientCard,
    ClientForm,
    OrderForm,
    QuickActions,
  ],
  templateUrl: './console-drawer.html',
  styleUrl: './console-drawer.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ConsoleDrawer {
  protected readonly drawer = inject(ConsoleDrawerStore);
  /** One-element lists so the card and the form are built anew for each client or number. */
  protected readonly clientIds = computed(() => {
    const content = this.drawer.content();
    return content?.kind === 'client' ? [content.clientId] : [];
  });
  protected readonly newClientPhones = computed(() => {
    const content = this.drawer.content();
    return content?.kind === 'new-client' ? [content.phone] : [];
  });
  protected readonly newOrderClientIds = computed(() => {
    const content = this.drawer.content();
    return content?.kind === 'new-order' ? [content.clientId] : [];
  });
  protected readonly callId = computed(() => this.drawer.content()?.callId ?? null);

  protected created(clientId: string): void {
    this.drawer.openClient(clientId, this.callId());
  }
}
