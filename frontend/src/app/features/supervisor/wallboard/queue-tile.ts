import { KeyValuePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatTooltipModule } from '@angular/material/tooltip';
import { TranslocoPipe } from '@jsverse/transloco';

import { LanguageService } from '../../../core/i18n/language.service';
import { PauseReasonPipe } from '../../../shared/console-defaults/console-default-names.pipe';
import { LiveQueue } from '../board/board-state';
import { QueueLevels } from '../board/queue-level';
import { elapsedSeconds, formatPercent, formatSeconds } from '../board/rates-format';

/** One queue on the wallboard: its figures today and its agents, coloured by its thresholds. */
@Component({
  selector: 'sb-queue-tile',
  imports: [KeyValuePipe, MatButtonModule, MatIconModule, MatTooltipModule, PauseReasonPipe, TranslocoPipe],
  templateUrl: './queue-tile.html',
  styleUrl: './queue-tile.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: {
    role: 'group',
    '[attr.aria-label]': 'queue().queue',
    '[attr.data-testid]': "'queue-tile-' + queue().queue",
    '[attr.data-level]': 'levels().level',
    '[class]': "'level-' + levels().level",
  },
})
export class QueueTile {
  readonly queue = input.required<LiveQueue>();
  readonly levels = input.required<QueueLevels>();
  readonly now = input.required<number>();
  readonly canEdit = input(false);
  readonly edit = output<void>();

  private readonly language = inject(LanguageService).language;
  protected readonly today = computed(() => this.queue().today);
  protected readonly longestWait = computed(() =>
    formatSeconds(elapsedSeconds(this.queue().longestWaitingSince, this.now())),
  );
  protected readonly serviceLevel = computed(() => formatPercent(this.today().serviceLevel, this.language()));
  protected readonly abandonRate = computed(() => formatPercent(this.today().abandonRate, this.language()));
  protected readonly asa = computed(() => formatSeconds(this.today().averageSpeedOfAnswer));
  protected readonly aht = computed(() => formatSeconds(this.today().averageHandleTime));
  protected readonly hasPauseReasons = computed(
    () => Object.keys(this.queue().agents.pausedByReason).length > 0,
  );
}
