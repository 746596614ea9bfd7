import { DestroyRef, inject } from '@angular/core';

import { RealtimeService } from '../../core/realtime/realtime.service';

/**
 * Tells the server that the console page is open while the calling component lives: the simulated PBX
 * rings only agents who are on it (or in a queue). Call from a constructor.
 */
export function attendConsole(): void {
  const realtime = inject(RealtimeService);
  realtime.tell('console', 'console.opened');
  inject(DestroyRef).onDestroy(() => realtime.tell('console', 'console.closed'));
}
