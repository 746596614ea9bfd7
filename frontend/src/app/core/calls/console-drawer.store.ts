import { Injectable, computed, signal } from '@angular/core';

/** What the console's card shows: a client's card, a new-client form with the caller's number, a new order. */
export type DrawerContent =
  | { kind: 'client'; clientId: string; callId: string | null }
  | { kind: 'new-client'; phone: string; callId: string | null }
  | { kind: 'new-order'; clientId: string; callId: string | null };

/** The console's card in the call dock, opened beside whatever page the agent is on so their work there is kept. */
@Injectable({ providedIn: 'root' })
export class ConsoleDrawerStore {
  private readonly contentState = signal<DrawerContent | null>(null);

  readonly content = this.contentState.asReadonly();
  readonly opened = computed(() => this.contentState() !== null);

  openClient(clientId: string, callId: string | null = null): void {
    this.contentState.set({ kind: 'client', clientId, callId });
  }

  openNewClient(phone: string, callId: string | null = null): void {
    this.contentState.set({ kind: 'new-client', phone, callId });
  }

  openNewOrder(clientId: string, callId: string | null = null): void {
    this.contentState.set({ kind: 'new-order', clientId, callId });
  }

  close(): void {
    this.contentState.set(null);
  }
}
