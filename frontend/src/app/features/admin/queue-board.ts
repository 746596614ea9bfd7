import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';

const SESSION_URL = '/api/admin/queue-board-sessions';
const BOARD_URL = '/api/admin/queue-board/';

/**
 * Opens Bull Board in a new tab. A browser tab cannot send the bearer token, so the API first hands the
 * admin a short-lived cookie for the board's path.
 */
@Injectable({ providedIn: 'root' })
export class QueueBoard {
  private readonly http = inject(HttpClient);

  async open(): Promise<void> {
    // Opened before the request, while the click still counts as the user's: popup blockers allow it.
    const tab = window.open('', '_blank');
    try {
      await firstValueFrom(this.http.post(SESSION_URL, null));
      if (tab) tab.location.href = BOARD_URL;
    } catch (error) {
      tab?.close();
      throw error;
    }
  }
}
