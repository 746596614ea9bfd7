import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { USER_ROLES, UserRole } from '@switchboard/contracts';

import { SessionStore } from '../../core/auth/session.store';
import { firstAllowedPath } from '../../core/navigation/navigation';

function isRole(value: string): value is UserRole {
  return (USER_ROLES as readonly string[]).includes(value);
}

/** Where the role guard sends a user who opened a section their role may not: who may, and a way back. */
@Component({
  selector: 'sb-no-access',
  imports: [MatButtonModule, MatIconModule, RouterLink, TranslocoPipe],
  template: `
    <mat-icon class="icon" aria-hidden="true">lock</mat-icon>
    <h1 class="title">{{ 'noAccess.title' | transloco }}</h1>
    @if (allowedRoles().length > 0) {
      <p data-testid="no-access-roles">
        {{ 'noAccess.forRoles' | transloco }}
        @for (role of allowedRoles(); track role) {
          <strong>{{ 'roles.' + role | transloco }}</strong>{{ $last ? '' : ', ' }}
        }
      </p>
    }
    <p>{{ 'noAccess.askAdmin' | transloco }}</p>
    <a mat-flat-button [routerLink]="home()" data-testid="no-access-home">{{
      'noAccess.home' | transloco
    }}</a>
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      align-items: center;
      gap: 8px;
      padding: 64px 24px;
      text-align: center;
      color: var(--mat-sys-on-surface-variant);
    }
    .icon {
      width: 64px;
      height: 64px;
      font-size: 64px;
      color: var(--mat-sys-error);
    }
    .title {
      margin: 0;
      font: var(--mat-sys-headline-small);
      color: var(--mat-sys-on-surface);
    }
    p {
      margin: 0;
      font: var(--mat-sys-body-large);
    }
  `,
  host: { 'data-testid': 'no-access', role: 'alert' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NoAccess {
  private readonly session = inject(SessionStore);

  /** The `for` query parameter: the roles that may open the refused section, comma-separated. */
  readonly for = input<string>('');
  protected readonly allowedRoles = computed(() => this.for().split(',').filter(isRole));
  protected readonly home = computed(() => firstAllowedPath(this.session.role()));
}
