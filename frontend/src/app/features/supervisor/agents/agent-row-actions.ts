import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatDividerModule } from '@angular/material/divider';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { MatTooltipModule } from '@angular/material/tooltip';
import { TranslocoPipe } from '@jsverse/transloco';
import { AgentBoardRow, MONITOR_MODES, MonitorMode } from '@switchboard/contracts';

import { ConsoleSettingsStore } from '../../../core/calls/console-settings.store';
import { PauseReasonPipe } from '../../../shared/console-defaults/console-default-names.pipe';
import { AgentActions, sessionFor } from './agent-actions';

const MODE_ICONS: Record<MonitorMode, string> = {
  listen: 'hearing',
  whisper: 'record_voice_over',
  barge: 'groups',
};

/** A row's buttons: monitor the call (and switch or stop it), pause or unpause, log out of a queue. */
@Component({
  selector: 'sb-agent-row-actions',
  imports: [
    MatButtonModule,
    MatButtonToggleModule,
    MatDividerModule,
    MatIconModule,
    MatMenuModule,
    MatTooltipModule,
    PauseReasonPipe,
    TranslocoPipe,
  ],
  templateUrl: './agent-row-actions.html',
  styleUrl: './agent-row-actions.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AgentRowActions {
  readonly row = input.required<AgentBoardRow>();
  protected readonly actions = inject(AgentActions);
  private readonly settings = inject(ConsoleSettingsStore);

  protected readonly modes = MONITOR_MODES;
  protected readonly icons = MODE_ICONS;
  protected readonly reasons = computed(() => this.settings.settings()?.pauseReasons ?? []);
  protected readonly session = computed(() => sessionFor(this.actions.sessions(), this.row()));
  protected readonly busy = computed(() => this.actions.busy().has(this.row().userId));
  /** Monitoring needs a call the agent is talking on. */
  protected readonly onCall = computed(() => this.row().state === 'on-call' && !!this.row().call?.answered);
  protected readonly loggedOut = computed(() => this.row().state === 'logged-out');

  /** The buttons stay focusable while disabled (their tooltip says why), so a click is checked here. */
  protected monitor(mode: MonitorMode): void {
    if (this.onCall() && !this.busy()) void this.actions.monitor(this.row(), mode);
  }

  protected loadReasons(): void {
    void this.settings.ensureLoaded();
  }
}
