import { Injectable, computed, effect, inject, signal, untracked } from '@angular/core';
import { AgentPresence, CallEndedPayload, ScreenPop } from '@switchboard/contracts';
import { firstValueFrom } from 'rxjs';

import { SessionStore } from '../auth/session.store';
import { RealtimeService } from '../realtime/realtime.service';
import { AgentApiService } from './agent-api.service';
import { CallNotifier } from './call-notifier';
import { CallEvent, PopEntry, needsWrapUp, reducePops } from './pop-stack';

/** The call the agent is wrapping up; `entry` is its pop when the console saw one. */
export interface PendingWrapUp {
  callId: string;
  entry: PopEntry | null;
  endedAt: string | null;
}

/**
 * What the PBX tells this agent's console: the stack of screen-pops (newest on top), the agent's own
 * presence, and the call waiting for its wrap-up. One per tab, fed by the `/agent` socket.
 */
@Injectable({ providedIn: 'root' })
export class CallEventsStore {
  private readonly session = inject(SessionStore);
  private readonly agentApi = inject(AgentApiService);
  private readonly notifier = inject(CallNotifier);

  private readonly popsState = signal<PopEntry[]>([]);
  private readonly presenceState = signal<AgentPresence | null>(null);
  private readonly wrapUpState = signal<PendingWrapUp | null>(null);
  private readonly revisionState = signal(0);
  /** Calls already wrapped up here, so a late presence update does not reopen them. */
  private readonly wrappedUp = new Set<string>();

  readonly pops = this.popsState.asReadonly();
  readonly presence = this.presenceState.asReadonly();
  readonly wrapUp = this.wrapUpState.asReadonly();
  /** Goes up whenever a stored call of this agent changed (ended, wrapped up): lists reload on it. */
  readonly revision = this.revisionState.asReadonly();
  readonly hasExtension = computed(() => Boolean(this.session.user()?.extension));
  readonly ringing = computed(() => this.popsState().filter((entry) => entry.state === 'ringing'));

  constructor() {
    const realtime = inject(RealtimeService);
    realtime.on('call.ringing', (pop) => this.onRinging(pop));
    realtime.on('call.ringStopped', (payload) => this.apply({ type: 'ringStopped', payload }));
    realtime.on('call.answered', (payload) => this.apply({ type: 'answered', payload }));
    realtime.on('call.ended', (payload) => this.onEnded(payload));
    realtime.on('agent.statusChanged', (presence) => this.onPresence(presence));
    effect(() => {
      const userId = this.hasExtension() ? this.session.user()?.id : undefined;
      untracked(() => (userId ? void this.loadPresence() : this.reset()));
    });
  }

  /** Applies one call event to the stack; public for the specs and for replaying. */
  apply(event: CallEvent): void {
    this.popsState.update((stack) => reducePops(stack, event));
  }

  dismiss(callId: string): void {
    this.apply({ type: 'dismissed', callId });
  }

  entry(callId: string): PopEntry | undefined {
    return this.popsState().find((candidate) => candidate.pop.callId === callId);
  }

  /** Closes the wrap-up panel; `saved` also keeps it from coming back for that call. */
  closeWrapUp(saved: boolean): void {
    const pending = this.wrapUpState();
    if (pending && saved) {
      this.wrappedUp.add(pending.callId);
      // The call is done with: its pop has nothing left to offer.
      this.dismiss(pending.callId);
      this.revisionState.update((value) => value + 1);
    }
    this.wrapUpState.set(null);
  }

  async loadPresence(): Promise<void> {
    try {
      this.onPresence(await firstValueFrom(this.agentApi.me()));
    } catch {
      // No presence yet (the PBX has not reported the agent): the toolbar shows it as unknown.
    }
  }

  /** Only the agent's own presence: supervisors get everyone's on the same event. */
  onPresence(presence: AgentPresence): void {
    const user = this.session.user();
    if (user && presence.userId !== user.id) return;
    this.presenceState.set(presence);
    const callId = presence.status === 'wrap-up' ? presence.wrapUpCallId : null;
    if (callId && !this.wrappedUp.has(callId) && this.wrapUpState()?.callId !== callId) {
      this.wrapUpState.set({ callId, entry: this.entry(callId) ?? null, endedAt: null });
    }
  }

  private onRinging(pop: ScreenPop): void {
    this.apply({ type: 'ringing', payload: pop });
    this.notifier.ringing(pop);
  }

  private onEnded(payload: CallEndedPayload): void {
    const before = this.entry(payload.callId);
    this.apply({ type: 'ended', payload });
    this.revisionState.update((value) => value + 1);
    if (!needsWrapUp(before, payload) || this.wrappedUp.has(payload.callId)) return;
    this.wrapUpState.set({
      callId: payload.callId,
      entry: this.entry(payload.callId) ?? null,
      endedAt: payload.endedAt,
    });
  }

  private reset(): void {
    this.popsState.set([]);
    this.presenceState.set(null);
    this.wrapUpState.set(null);
    this.wrappedUp.clear();
  }
}
