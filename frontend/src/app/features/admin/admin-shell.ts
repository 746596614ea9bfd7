import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTabsModule } from '@angular/material/tabs';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { QueueBoard } from './queue-board';

const SECTIONS = [
  ...['users', 'client-fields', 'stages', 'templates', 'bonus-rules'].map((path) => ({
    path,
    label: `admin.sections.${path}`,
  })),
  { path: 'console', label: 'consoleSettings.tab' },
  { path: 'teams', label: 'teams.tab' },
  { path: 'surveys', label: 'surveys.tabs.surveys' },
  { path: 'campaigns', label: 'surveys.tabs.campaigns' },
  { path: 'reminders', label: 'reminders.tab' },
  { path: 'self-service', label: 'selfServiceRouting.tab' },
  { path: 'monitoring', label: 'monitorAudit.tab' },
];

/** The admin area: one tab per thing an admin configures or audits. */
@Component({
  selector: 'sb-admin-shell',
  imports: [
    MatButtonModule,
    MatIconModule,
    MatTabsModule,
    RouterLink,
    RouterLinkActive,
    RouterOutlet,
    TranslocoPipe,
  ],
  template: `
    <div class="bar">
      <nav mat-tab-nav-bar [tabPanel]="panel" class="tabs sb-wrapped-tabs">
        @for (section of sections; track section.path) {
          <a
            mat-tab-link
            [routerLink]="section.path"
            routerLinkActive
            #active="routerLinkActive"
            [active]="active.isActive"
            [attr.data-testid]="'admin-tab-' + section.path"
          >
            {{ section.label | transloco }}
          </a>
        }
      </nav>
      <button mat-button type="button" data-testid="admin-queue-board" (click)="openQueueBoard()">
        <mat-icon>open_in_new</mat-icon>{{ 'admin.queueBoard' | transloco }}
      </button>
    </div>
    <mat-tab-nav-panel #panel><router-outlet /></mat-tab-nav-panel>
  `,
  styles: '.bar { display: flex; align-items: center; gap: 8px; margin-bottom: 16px; } .tabs { flex: 1; }',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AdminShell {
  protected readonly sections = SECTIONS;
  private readonly queueBoard = inject(QueueBoard);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);

  /** Bull Board, for looking into the job queues (imports, the nightly bonus expiry). */
  protected openQueueBoard(): void {
    this.queueBoard.open().catch(() => {
      this.snackBar.open(this.transloco.translate('admin.queueBoardFailed'), undefined, { duration: 5000 });
    });
  }
}
