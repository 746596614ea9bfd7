import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatBadgeModule } from '@angular/material/badge';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatTooltipModule } from '@angular/material/tooltip';
import { TranslocoPipe } from '@jsverse/transloco';

import { CallDockStore } from './call-dock.store';

/** On narrow screens the call dock folds away; this toolbar button brings it back, counting what waits. */
@Component({
  selector: 'sb-dock-toggle',
  imports: [MatBadgeModule, MatButtonModule, MatIconModule, MatTooltipModule, TranslocoPipe],
  template: `
    <button
      mat-icon-button
      type="button"
      data-testid="dock-toggle"
      aria-controls="call-dock"
      [attr.aria-expanded]="dock.open()"
      [attr.aria-label]="(dock.open() ? 'dock.hide' : 'dock.show') | transloco: { count: dock.waiting() }"
      [matTooltip]="(dock.open() ? 'dock.hide' : 'dock.show') | transloco: { count: dock.waiting() }"
      [matBadge]="dock.waiting() || null"
      (click)="dock.toggle()"
    >
      <mat-icon>{{ dock.open() ? 'right_panel_close' : 'right_panel_open' }}</mat-icon>
    </button>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DockToggle {
  protected readonly dock = inject(CallDockStore);
}
