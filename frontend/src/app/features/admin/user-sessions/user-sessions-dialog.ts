import { ChangeDetectionStrategy, Component, OnInit, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { TranslocoPipe } from '@jsverse/transloco';
import { User, UserSession } from '@switchboard/contracts';
import { firstValueFrom } from 'rxjs';

import { AuthApiService } from '../../../core/auth/auth-api.service';
import { failureMessageKey, toRequestFailure } from '../../../core/http/api-error';
import { LocalDatePipe } from '../../../core/i18n/local-date.pipe';
import { browserName } from './browser-name';

/** Admins: where a user is signed in (browser, address, since when, last used), and signing them out everywhere. */
@Component({
  selector: 'sb-user-sessions-dialog',
  imports: [
    MatButtonModule,
    MatDialogModule,
    MatProgressBarModule,
    MatTableModule,
    TranslocoPipe,
    LocalDatePipe,
  ],
  template: `
    <h2 mat-dialog-title>{{ 'users.sessions.title' | transloco: { name: user.displayName } }}</h2>
    <mat-dialog-content>
      @if (loading()) {
        <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | transloco" />
      } @else if (errorKey(); as error) {
        <p class="sb-form-error" role="alert">{{ error | transloco }}</p>
      } @else if (sessions().length === 0) {
        <p data-testid="user-sessions-empty">{{ 'users.sessions.empty' | transloco }}</p>
      } @else {
        <table mat-table [dataSource]="sessions()" data-testid="user-sessions">
          <ng-container matColumnDef="browser">
            <th mat-header-cell *matHeaderCellDef>{{ 'users.sessions.browser' | transloco }}</th>
            <td mat-cell *matCellDef="let session" class="browser" [attr.title]="session.userAgent">
              {{
                session.userAgent
                  ? browserName(session.userAgent)
                  : ('users.sessions.unknownBrowser' | transloco)
              }}
            </td>
          </ng-container>
          <ng-container matColumnDef="address">
            <th mat-header-cell *matHeaderCellDef>{{ 'users.sessions.address' | transloco }}</th>
            <td mat-cell *matCellDef="let session">{{ session.address ?? '—' }}</td>
          </ng-container>
          <ng-container matColumnDef="since">
            <th mat-header-cell *matHeaderCellDef>{{ 'users.sessions.since' | transloco }}</th>
            <td mat-cell *matCellDef="let session">{{ session.createdAt | localDate: 'short' }}</td>
          </ng-container>
          <ng-container matColumnDef="lastUsed">
            <th mat-header-cell *matHeaderCellDef>{{ 'users.sessions.lastUsed' | transloco }}</th>
            <td mat-cell *matCellDef="let session">{{ session.lastUsedAt | localDate: 'short' }}</td>
          </ng-container>
          <tr mat-header-row *matHeaderRowDef="columns"></tr>
          <tr mat-row *matRowDef="let row; columns: columns" data-testid="user-session-row"></tr>
        </table>
      }
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close>{{ 'common.close' | transloco }}</button>
      <button
        mat-flat-button
        type="button"
        data-testid="user-sessions-end"
        [disabled]="sessions().length === 0 || ending()"
        (click)="signOutEverywhere()"
      >
        {{ 'users.sessions.signOutEverywhere' | transloco }}
      </button>
    </mat-dialog-actions>
  `,
  styles: '.browser { max-width: 320px; overflow-wrap: anywhere; }',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UserSessionsDialog implements OnInit {
  private readonly api = inject(AuthApiService);
  private readonly dialogRef = inject(MatDialogRef<UserSessionsDialog, boolean>);
  protected readonly user = inject<User>(MAT_DIALOG_DATA);
  protected readonly columns = ['browser', 'address', 'since', 'lastUsed'];
  protected readonly browserName = browserName;
  protected readonly sessions = signal<UserSession[]>([]);
  protected readonly loading = signal(true);
  protected readonly ending = signal(false);
  protected readonly errorKey = signal<string | null>(null);

  async ngOnInit(): Promise<void> {
    try {
      this.sessions.set(await firstValueFrom(this.api.sessionsOf(this.user.id)));
    } catch (error) {
      this.errorKey.set(failureMessageKey(toRequestFailure(error)));
    } finally {
      this.loading.set(false);
    }
  }

  protected async signOutEverywhere(): Promise<void> {
    this.ending.set(true);
    try {
      await firstValueFrom(this.api.signOutUser(this.user.id));
      this.dialogRef.close(true);
    } catch (error) {
      this.errorKey.set(failureMessageKey(toRequestFailure(error)));
      this.ending.set(false);
    }
  }
}
