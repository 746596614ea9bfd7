import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';
import { CALL_DIRECTIONS, CALL_DISPOSITIONS, CallDirection, CallDisposition } from '@switchboard/contracts';
import { firstValueFrom } from 'rxjs';

import { CallsApiService } from '../../../core/calls/calls-api.service';

/** What a call entry of the timeline records (see the calls module's follow-ups). */
export interface HistoryCall {
  callId: string | null;
  direction: CallDirection | null;
  disposition: CallDisposition | null;
  number: string | null;
  talkSeconds: number;
  /** A link into the PBX's web interface (Binotel), or a file the PBX keeps (Asterisk). */
  recording: string | null;
}

const oneOf = <T extends string>(values: readonly T[], value: unknown): T | null =>
  (values as readonly unknown[]).includes(value) ? (value as T) : null;

/** The facts of a call entry; older entries may lack some, so each is checked. */
export function historyCall(data: Record<string, unknown>): HistoryCall {
  const talk = data['talkSeconds'];
  return {
    callId: typeof data['callId'] === 'string' ? data['callId'] : null,
    direction: oneOf(CALL_DIRECTIONS, data['direction']),
    disposition: oneOf(CALL_DISPOSITIONS, data['disposition']),
    number: typeof data['number'] === 'string' ? data['number'] : null,
    talkSeconds: typeof talk === 'number' && talk > 0 ? talk : 0,
    recording: typeof data['recording'] === 'string' && data['recording'] ? data['recording'] : null,
  };
}

/** `m:ss`, or `h:mm:ss` for calls of an hour or more. */
export function callDuration(seconds: number): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const rest = seconds % 60;
  return hours ? `${hours}:${pad(minutes)}:${pad(rest)}` : `${minutes}:${pad(rest)}`;
}

const DIRECTION_ICONS: Record<CallDirection, string> = {
  inbound: 'call_received',
  outbound: 'call_made',
  internal: 'swap_calls',
};

/**
 * One call of the client's timeline: direction, number, how long they talked, the result, and the
 * recording when the PBX made one: a PBX link opens the PBX's own player (Binotel); a file on our PBX
 * plays here, from a signed link the API hands out to whoever may see the call.
 */
@Component({
  selector: 'sb-history-call-entry',
  imports: [MatButtonModule, MatIconModule, TranslocoPipe],
  template: `
    @let c = call();
    <div class="call" data-testid="history-call">
      @if (c.direction; as direction) {
        <span class="fact" data-testid="history-call-direction">
          <mat-icon aria-hidden="true">{{ icons[direction] }}</mat-icon>
          {{ 'callHistory.directions.' + direction | transloco }}
        </span>
      }
      @if (c.number) {
        <span class="fact">{{ c.number }}</span>
      }
      @if (c.disposition; as disposition) {
        <span class="fact" data-testid="history-call-result" [class.missed]="disposition !== 'answered'">
          {{ 'callHistory.dispositions.' + disposition | transloco }}
        </span>
      }
      @if (c.talkSeconds) {
        <span class="fact" data-testid="history-call-duration">
          {{ 'clients.history.call.duration' | transloco }} {{ duration() }}
        </span>
      }
      @if (recordingLink(); as link) {
        <a
          class="fact"
          data-testid="history-call-recording"
          [href]="link"
          target="_blank"
          rel="noopener noreferrer"
        >
          <mat-icon aria-hidden="true">play_circle</mat-icon> {{ 'clients.history.call.listen' | transloco }}
        </a>
      } @else if (c.recording && c.callId) {
        @if (audio(); as src) {
          <audio class="player" controls autoplay [src]="src" data-testid="history-call-audio"></audio>
        } @else {
          <button
            mat-button
            type="button"
            data-testid="history-call-play"
            [disabled]="opening()"
            (click)="play(c.callId)"
          >
            <mat-icon>play_circle</mat-icon> {{ 'clients.history.call.play' | transloco }}
          </button>
        }
        @if (unavailable()) {
          <span class="fact missed" role="alert">{{ 'clients.history.call.unavailable' | transloco }}</span>
        }
      } @else if (c.recording) {
        <span class="fact" data-testid="history-call-recording" [title]="c.recording">
          <mat-icon aria-hidden="true">mic</mat-icon> {{ 'clients.history.call.recorded' | transloco }}
        </span>
      }
    </div>
  `,
  styles: `
    .call {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 4px 12px;
      color: var(--mat-sys-on-surface-variant);
    }
    .fact {
      display: inline-flex;
      align-items: center;
      gap: 4px;
    }
    .fact mat-icon {
      font-size: 18px;
      width: 18px;
      height: 18px;
    }
    .missed {
      color: var(--mat-sys-error);
    }
    .player {
      height: 32px;
      max-width: 100%;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HistoryCallEntry {
  private readonly calls = inject(CallsApiService);
  readonly data = input.required<Record<string, unknown>>();
  /** Where the recording plays from, once asked for. */
  protected readonly audio = signal<string | null>(null);
  protected readonly opening = signal(false);
  protected readonly unavailable = signal(false);

  protected readonly icons = DIRECTION_ICONS;
  protected readonly call = computed(() => historyCall(this.data()));
  protected readonly duration = computed(() => callDuration(this.call().talkSeconds));
  /** Only web links are opened; anything else (a path on the PBX) would go nowhere or somewhere unsafe. */
  protected readonly recordingLink = computed(() => {
    const recording = this.call().recording;
    return recording && /^https?:\/\//i.test(recording) ? recording : null;
  });

  protected async play(callId: string): Promise<void> {
    this.opening.set(true);
    this.unavailable.set(false);
    try {
      this.audio.set((await firstValueFrom(this.calls.recordingLink(callId))).url);
    } catch {
      this.unavailable.set(true);
    } finally {
      this.opening.set(false);
    }
  }
}
