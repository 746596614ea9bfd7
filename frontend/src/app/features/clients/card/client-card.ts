import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, OnInit, computed, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatChipsModule } from '@angular/material/chips';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTabsModule } from '@angular/material/tabs';
import { MatTooltipModule } from '@angular/material/tooltip';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { HttpClient } from '@angular/common/http';
import { GeneratedDocument } from '@switchboard/contracts';

import { SessionStore } from '../../../core/auth/session.store';
import { saveFile } from '../../../core/http/save-file';
import { ClientCardStore } from './client-card.store';
import { ClientHistory } from './client-history';

/** The client card: who they are, what they owe and hold, and everything that happened, on one screen. */
@Component({
  selector: 'sb-client-card',
  imports: [
    DatePipe,
    RouterLink,
    MatButtonModule,
    MatChipsModule,
    MatIconModule,
    MatProgressBarModule,
    MatTabsModule,
    MatTooltipModule,
    TranslocoPipe,
    ClientHistory,
  ],
  providers: [ClientCardStore],
  templateUrl: './client-card.html',
  styleUrl: './client-card.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ClientCard implements OnInit {
  /** Route parameter. */
  readonly id = input.required<string>();
  protected readonly store = inject(ClientCardStore);
  private readonly http = inject(HttpClient);
  private readonly role = inject(SessionStore).role;
  protected readonly canManage = computed(() => this.role() === 'supervisor' || this.role() === 'admin');

  ngOnInit(): void {
    void this.store.load(this.id());
  }

  protected download(document: GeneratedDocument, format: 'pdf' | 'html'): Promise<void> {
    const url = `/api/documents/${encodeURIComponent(document.id)}/file?format=${format}`;
    return saveFile(this.http, url, `${document.number}.${format}`);
  }

  protected customValue(key: string): string {
    const value = this.store.client()?.customFields[key];
    return value === undefined || value === null ? '—' : String(value);
  }
}
