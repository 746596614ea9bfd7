import { ChangeDetectionStrategy, Component, OnInit, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';

import { ClientImportStore } from './client-import.store';

/** Import clients from a CSV or XLSX file in four steps: file, columns, progress, result. */
@Component({
  selector: 'sb-client-import-page',
  imports: [
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    MatSelectModule,
    MatTableModule,
    RouterLink,
    TranslocoPipe,
  ],
  providers: [ClientImportStore],
  templateUrl: './client-import-page.html',
  styleUrl: './client-import-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ClientImportPage implements OnInit {
  protected readonly store = inject(ClientImportStore);
  protected readonly errorColumns = ['row', 'field', 'reason'];

  ngOnInit(): void {
    void this.store.init();
  }

  protected picked(event: Event): void {
    const file = (event.target as HTMLInputElement).files?.[0];
    if (file) this.store.upload(file);
  }

  protected dropped(event: DragEvent): void {
    event.preventDefault();
    const file = event.dataTransfer?.files[0];
    if (file) this.store.upload(file);
  }

  protected targetLabel(target: string): string {
    return target.startsWith('custom:')
      ? (this.store.customFields().find((field) => `custom:${field.key}` === target)?.label ?? target)
      : target;
  }
}
