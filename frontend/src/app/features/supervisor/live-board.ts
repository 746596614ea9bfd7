import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterOutlet } from '@angular/router';

import { SupervisorStore } from './supervisor.store';

/**
 * Holds the live board for the screens under it: the wallboard stays open on the server while the
 * supervisor moves between them, and closes when they leave both.
 */
@Component({
  selector: 'sb-live-board',
  imports: [RouterOutlet],
  providers: [SupervisorStore],
  template: '<router-outlet />',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LiveBoard {}
