import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatTabsModule } from '@angular/material/tabs';
import { IsActiveMatchOptions, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';

const ACTIVE = (paths: 'exact' | 'subset'): IsActiveMatchOptions => ({
  paths,
  queryParams: 'ignored',
  matrixParams: 'ignored',
  fragment: 'ignored',
});

const SECTIONS = [
  // The wallboard is the area's own address, so only an exact match is the wallboard.
  { path: '.', id: 'wallboard', active: ACTIVE('exact') },
  { path: 'agents', id: 'agents', active: ACTIVE('subset') },
  { path: 'tasks', id: 'tasks', active: ACTIVE('subset') },
];

/** The supervisor's area: a tab per screen. */
@Component({
  selector: 'sb-supervisor-shell',
  imports: [MatTabsModule, RouterLink, RouterLinkActive, RouterOutlet, TranslocoPipe],
  template: `
    <nav mat-tab-nav-bar [tabPanel]="panel" class="tabs" [attr.aria-label]="'supervisor.title' | transloco">
      @for (section of sections; track section.id) {
        <a
          mat-tab-link
          [routerLink]="section.path"
          routerLinkActive
          [routerLinkActiveOptions]="section.active"
          #active="routerLinkActive"
          [active]="active.isActive"
          [attr.data-testid]="'supervisor-tab-' + section.id"
        >
          {{ 'supervisor.tabs.' + section.id | transloco }}
        </a>
      }
    </nav>
    <mat-tab-nav-panel #panel><router-outlet /></mat-tab-nav-panel>
  `,
  styles: '.tabs { margin-bottom: 16px; }',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SupervisorShell {
  protected readonly sections = SECTIONS;
}
