import { ChangeDetectionStrategy, Component, DestroyRef, Injector, OnInit, inject } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatMenuModule } from '@angular/material/menu';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTableModule } from '@angular/material/table';
import { MatTooltipModule } from '@angular/material/tooltip';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { USER_ROLES, User, UserRole } from '@switchboard/contracts';
import { debounceTime, distinctUntilChanged, firstValueFrom } from 'rxjs';

import { ListPaginator } from '../../../shared/lists/list-paginator';
import { PasswordDialog } from '../../../shared/password-dialog/password-dialog';
import { resetPasswordDialog } from '../reset-password';
import { UserDialog } from '../user-dialog/user-dialog';
import { UserSessionsDialog } from '../user-sessions/user-sessions-dialog';
import { UsersStore } from '../users.store';

const SEARCH_DEBOUNCE_MS = 300;

@Component({
  selector: 'sb-users-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatMenuModule,
    MatProgressBarModule,
    MatSelectModule,
    MatTableModule,
    MatTooltipModule,
    TranslocoPipe,
    ListPaginator,
  ],
  templateUrl: './users-page.html',
  styleUrl: './users-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UsersPage implements OnInit {
  protected readonly store = inject(UsersStore);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);
  private readonly destroyRef = inject(DestroyRef);
  // Dialogs must see this route's UsersStore, which the root injector MatDialog uses by default does not hold.
  private readonly injector = inject(Injector);

  protected readonly roles = USER_ROLES;
  protected readonly columns = ['login', 'displayName', 'role', 'extension', 'active', 'language', 'actions'];
  protected readonly searchControl = new FormControl('', { nonNullable: true });

  ngOnInit(): void {
    this.searchControl.valueChanges
      .pipe(debounceTime(SEARCH_DEBOUNCE_MS), distinctUntilChanged(), takeUntilDestroyed(this.destroyRef))
      .subscribe((search) => this.store.setSearch(search));
    this.store.results.load();
  }

  onRole(role: UserRole | null): void {
    this.store.setRole(role);
  }

  create(): void {
    this.dialog.open(UserDialog, { width: '520px', data: null, injector: this.injector });
  }

  edit(user: User): void {
    this.dialog.open(UserDialog, { width: '520px', data: user, injector: this.injector });
  }

  async resetPassword(user: User): Promise<void> {
    const dialog = this.dialog.open(PasswordDialog, {
      width: '420px',
      data: resetPasswordDialog(this.store, user),
      injector: this.injector,
    });
    if (await firstValueFrom(dialog.afterClosed())) {
      this.toast(this.transloco.translate('users.passwordReset', { name: user.displayName }));
    }
  }

  async sessions(user: User): Promise<void> {
    const dialog = this.dialog.open(UserSessionsDialog, { width: '760px', data: user });
    if (await firstValueFrom(dialog.afterClosed())) {
      this.toast(this.transloco.translate('users.sessions.signedOut', { name: user.displayName }));
    }
  }

  async toggleActive(user: User): Promise<void> {
    const result = await this.store.setActive(user, !user.active);
    const key = result.ok
      ? result.value.active
        ? 'users.activated'
        : 'users.deactivated'
      : (result.messageKey ?? 'errors.unexpected');
    this.toast(this.transloco.translate(key, { name: user.displayName }));
  }

  private toast(message: string): void {
    this.snackBar.open(message, undefined, { duration: 4000 });
  }
}
