import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatTabsModule } from '@angular/material/tabs';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';

const SECTIONS = [
  ...['users', 'client-fields', 'stages', 'templates', 'bonus-rules'].map((path) => ({
    path,
    label: `admin.sections.${path}`,
  })),
  { path: 'console', label: 'consoleSettings.tab' },
];

/** The admin area: one tab per thing an admin configures. */
@Component({
  selector: 'sb-admin-shell',
  imports: [MatTabsModule, RouterLink, RouterLinkActive, RouterOutlet, TranslocoPipe],
  template: `
    <nav mat-tab-nav-bar [tabPanel]="panel" class="tabs">
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
    <mat-tab-nav-panel #panel><router-outlet /></mat-tab-nav-panel>
  `,
  styles: '.tabs { margin-bottom: 16px; }',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AdminShell {
  protected readonly sections = SECTIONS;
}
