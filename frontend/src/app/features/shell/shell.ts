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
import { MatToolbarModule } from '@angular/material/toolbar';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { map } from 'rxjs';

import { SessionStore } from '../../core/auth/session.store';
import { CallEventsStore } from '../../core/calls/call-events.store';
import { ConsoleDrawerStore } from '../../core/calls/console-drawer.store';
import { navItemsFor } from '../../core/navigation/navigation';
import { ThemeMenu } from '../../core/theme/theme-menu';
import { LanguageMenu } from '../../shared/language-menu/language-menu';
import { AgentStatus } from '../console/agent-status/agent-status';
import { ConsoleDrawer } from '../console/drawer/console-drawer';
import { PopStack } from '../console/pops/pop-stack';
import { SoftphonePanel } from '../console/softphone/softphone-panel';
import { WrapUpPanel } from '../console/wrap-up/wrap-up-panel';
import { ChangePasswordDialog } from './change-password-dialog/change-password-dialog';

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
    ConsoleDrawer,
    PopStack,
    WrapUpPanel,
  ],
  templateUrl: './shell.html',
  styleUrl: './shell.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Shell {
  private readonly session = inject(SessionStore);
  private readonly dialog = inject(MatDialog);

  protected readonly user = this.session.user;
  /** Created here so the console hears calls on every page, not only on /console. */
  protected readonly calls = inject(CallEventsStore);
  protected readonly drawer = inject(ConsoleDrawerStore);
  protected readonly navItems = computed(() => navItemsFor(this.session.role()));
  protected readonly handset = toSignal(
    inject(BreakpointObserver)
      .observe(Breakpoints.Handset)
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );

  changePassword(): void {
    this.dialog.open(ChangePasswordDialog, { width: '420px', autoFocus: 'first-tabbable' });
  }

  logout(): void {
    this.session.logout();
  }
}
