import { Overlay, OverlayRef } from '@angular/cdk/overlay';
import { TemplatePortal } from '@angular/cdk/portal';
import { NgTemplateOutlet } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  TemplateRef,
  ViewContainerRef,
  computed,
  effect,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTooltipModule } from '@angular/material/tooltip';
import { ActivatedRoute, Router } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { QueueSettings } from '@switchboard/contracts';
import { firstValueFrom, map } from 'rxjs';

import { SessionStore } from '../../../core/auth/session.store';
import { LanguageService } from '../../../core/i18n/language.service';
import { BarLineChart } from '../../../shared/charts/bar-line-chart';
import { LiveQueue, waitingInOrder } from '../board/board-state';
import { queueLevels } from '../board/queue-level';
import { SupervisorStore } from '../supervisor.store';
import { FormulasHelp } from './formulas-help';
import { IntradayLabels, intradayChartData, intradayPoints } from './intraday';
import { LevelNotifier } from './level-notifier';
import { QueueSettingsDialog, QueueSettingsDialogData } from './queue-settings-dialog';
import { QueueTile } from './queue-tile';
import { WaitingCallers } from './waiting-callers';

const ALL = '';

/**
 * The wallboard: a tile per queue, the intraday chart and the waiting callers. `?tv=1` shows it alone
 * over the whole screen in larger type, with nothing to click; `?queue=` picks the chart's queue.
 * The TV mode draws the board in a full-window overlay, above the app's bars and side navigation.
 */
@Component({
  selector: 'sb-wallboard-page',
  imports: [
    BarLineChart,
    FormulasHelp,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatProgressBarModule,
    MatSelectModule,
    MatTooltipModule,
    NgTemplateOutlet,
    QueueTile,
    TranslocoPipe,
    WaitingCallers,
  ],
  providers: [LevelNotifier],
  templateUrl: './wallboard-page.html',
  styleUrl: './wallboard-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '(document:keydown.escape)': 'exitTv()' },
})
export class WallboardPage {
  protected readonly store = inject(SupervisorStore);
  protected readonly notifier = inject(LevelNotifier);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);
  private readonly language = inject(LanguageService).language;
  private readonly role = inject(SessionStore).role;

  protected readonly tv = toSignal(this.route.queryParamMap.pipe(map((params) => params.get('tv') === '1')), {
    initialValue: false,
  });
  protected readonly selected = signal<string | null>(this.route.snapshot.queryParamMap.get('queue'));
  protected readonly helpOpen = signal(false);
  /** The select's "all queues": a select shows no choice at all for a null value. */
  protected readonly all = ALL;
  protected readonly canEdit = computed(() => this.role() === 'admin' && !this.tv());
  protected readonly levels = computed(() => {
    const now = this.store.now();
    return new Map(this.store.queues().map((queue) => [queue.queue, queueLevels(queue, now)]));
  });
  protected readonly waiting = computed(() => waitingInOrder(this.store.waiting(), this.selected()));
  private readonly chartLabels = toSignal(
    this.transloco.selectTranslateObject<IntradayLabels>('wallboard.chart'),
  );
  protected readonly chart = computed(() => {
    const points = intradayPoints(this.store.queues(), this.selected());
    const labels = this.chartLabels();
    return points.length === 0 || !labels ? null : intradayChartData(points, labels, this.language());
  });
  /** The TV mode took the full screen itself: leaving the full screen (Escape) leaves the TV mode too. */
  private fullScreenOurs = false;
  private readonly board = viewChild<TemplateRef<unknown>>('board');
  private readonly overlay = inject(Overlay);
  private readonly viewContainer = inject(ViewContainerRef);
  private tvOverlay: OverlayRef | null = null;

  constructor() {
    effect(() => this.notifier.observe(this.levels()));
    effect(() => this.showTv(this.tv() ? this.board() : undefined));
    const left = () => {
      if (this.fullScreenOurs && !document.fullscreenElement) this.exitTv();
    };
    document.addEventListener('fullscreenchange', left);
    inject(DestroyRef).onDestroy(() => {
      document.removeEventListener('fullscreenchange', left);
      this.showTv(undefined);
    });
  }

  private showTv(board: TemplateRef<unknown> | undefined): void {
    if (board && !this.tvOverlay) {
      this.tvOverlay = this.overlay.create({
        positionStrategy: this.overlay.position().global().top('0').left('0'),
        width: '100vw',
        height: '100vh',
        scrollStrategy: this.overlay.scrollStrategies.block(),
        panelClass: 'sb-wallboard-tv',
      });
      this.tvOverlay.attach(new TemplatePortal(board, this.viewContainer));
    } else if (!board && this.tvOverlay) {
      this.tvOverlay.dispose();
      this.tvOverlay = null;
    }
  }

  protected levelOf(queue: LiveQueue) {
    return this.levels().get(queue.queue) ?? queueLevels(queue, this.store.now());
  }

  /** `all` (every queue) or a queue's name. */
  protected select(choice: string): void {
    const queue = choice === ALL ? null : choice;
    this.selected.set(queue);
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { queue },
      queryParamsHandling: 'merge',
    });
  }

  protected enterTv(): void {
    // Asked within the click: browsers grant the full screen only to a user's gesture.
    document.documentElement
      .requestFullscreen?.()
      .then(() => (this.fullScreenOurs = true))
      .catch(() => undefined);
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { tv: 1 },
      queryParamsHandling: 'merge',
    });
  }

  protected exitTv(): void {
    if (!this.tv()) return;
    this.fullScreenOurs = false;
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { tv: null },
      queryParamsHandling: 'merge',
    });
  }

  protected async edit(queue: LiveQueue): Promise<void> {
    const dialog = this.dialog.open<QueueSettingsDialog, QueueSettingsDialogData, QueueSettings>(
      QueueSettingsDialog,
      { data: { settings: queue.settings }, autoFocus: 'first-tabbable', width: '560px' },
    );
    const saved = await firstValueFrom(dialog.afterClosed());
    if (!saved) return;
    this.store.settingsSaved(saved);
    this.snackBar.open(this.transloco.translate('wallboard.settings.saved'), undefined, { duration: 3000 });
  }
}
