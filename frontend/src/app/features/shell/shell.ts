import { BreakpointObserver, Breakpoints } from '@angular/cdk/layout';
import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatDividerModule } from '@angular/material/divider';
import { MatIconModule } from '@angular/material/icon';
import { MatListModule } from '@angular/material/list';
import { MatMenuModule } from '@angular/material/menu';
import { MatSidenavModule } from '@angular/material/sidenav';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatToolbarModule } from '@angular/material/toolbar';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { firstValueFrom, map } from 'rxjs';

import { AuthApiService } from '../../core/auth/auth-api.service';
import { SessionStore } from '../../core/auth/session.store';
import { CallEventsStore } from '../../core/calls/call-events.store';
import { navItemsFor } from '../../core/navigation/navigation';
import { ThemeMenu } from '../../core/theme/theme-menu';
import { LanguageMenu } from '../../shared/language-menu/language-menu';
import { PasswordDialog } from '../../shared/password-dialog/password-dialog';
import { AgentStatus } from '../console/agent-status/agent-status';
import { CallDock } from '../console/dock/call-dock';
import { CallDockStore } from '../console/dock/call-dock.store';
import { DockToggle } from '../console/dock/dock-toggle';
import { SoftphonePanel } from '../console/softphone/softphone-panel';
import { ownPasswordDialog } from './own-password';

@Component({
  selector: 'sb-shell',
  imports: [
    RouterOutlet,
    RouterLink,
    RouterLinkActive,
    MatButtonModule,
    MatDividerModule,
    MatIconModule,
    MatListModule,
    MatMenuModule,
    MatSidenavModule,
    MatToolbarModule,
    TranslocoPipe,
    LanguageMenu,
    ThemeMenu,
    SoftphonePanel,
    AgentStatus,
    CallDock,
    DockToggle,
  ],
  templateUrl: './shell.html',
  styleUrl: './shell.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Shell {
  private readonly session = inject(SessionStore);
  private readonly dialog = inject(MatDialog);
  private readonly authApi = inject(AuthApiService);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);

  protected readonly user = this.session.user;
  /** Created here so the console hears calls on every page, not only on /console. */
  protected readonly calls = inject(CallEventsStore);
  protected readonly dock = inject(CallDockStore);
  protected readonly navItems = computed(() => navItemsFor(this.session.role()));
  protected readonly handset = toSignal(
    inject(BreakpointObserver)
      .observe(Breakpoints.Handset)
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );

  async changePassword(): Promise<void> {
    const dialog = this.dialog.open(PasswordDialog, {
      width: '420px',
      autoFocus: 'first-tabbable',
      data: ownPasswordDialog(this.authApi),
    });
    if (await firstValueFrom(dialog.afterClosed())) {
      this.snackBar.open(this.transloco.translate('password.changed'), undefined, { duration: 4000 });
    }
  }

  logout(everywhere = false): void {
    void this.session.signOut(everywhere);
  }
}
