import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  OnInit,
  afterNextRender,
  inject,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTableModule } from '@angular/material/table';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { CustomFieldDefinition } from '@switchboard/contracts';

import { ConfirmDialog, ConfirmDialogData } from '../../../shared/confirm-dialog/confirm-dialog';
import { ClientFieldsStore } from './client-fields.store';
import { CustomFieldDialog } from './custom-field-dialog/custom-field-dialog';

/** Fields admins add to every client card: list in order, create, edit, reorder, delete. */
@Component({
  selector: 'sb-client-fields-page',
  imports: [MatButtonModule, MatIconModule, MatProgressBarModule, MatTableModule, TranslocoPipe],
  templateUrl: './client-fields-page.html',
  styleUrl: './client-fields-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ClientFieldsPage implements OnInit {
  protected readonly store = inject(ClientFieldsStore);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  // Dialogs must see this route's ClientFieldsStore, which the root injector MatDialog uses by default does not hold.
  private readonly injector = inject(Injector);

  protected readonly columns = ['order', 'label', 'key', 'type', 'options', 'actions'];
  protected readonly trackById = (_: number, field: CustomFieldDefinition) => field.id;

  ngOnInit(): void {
    this.store.load();
  }

  create(): void {
    this.dialog.open(CustomFieldDialog, { width: '520px', data: null, injector: this.injector });
  }

  edit(field: CustomFieldDefinition): void {
    this.dialog.open(CustomFieldDialog, { width: '520px', data: field, injector: this.injector });
  }

  remove(field: CustomFieldDefinition): void {
    this.dialog
      .open<ConfirmDialog, ConfirmDialogData, boolean>(ConfirmDialog, {
        width: '420px',
        data: deleteQuestion(field),
      })
      .afterClosed()
      .subscribe(async (confirmed?: boolean) => {
        if (!confirmed) return;
        const result = await this.store.remove(field);
        const key = result.ok ? 'customFields.deleted' : (result.messageKey ?? 'errors.unexpected');
        this.snackBar.open(this.transloco.translate(key, { label: field.label }), undefined, {
          duration: 4000,
        });
      });
  }

  async move(field: CustomFieldDefinition, by: -1 | 1): Promise<void> {
    await this.store.move(field, by);
    // The row has moved: keep the keyboard on the same field, on a button that is still enabled.
    afterNextRender(() => this.focusMoveButton(field, by), { injector: this.injector });
  }

  private focusMoveButton(field: CustomFieldDefinition, by: -1 | 1): void {
    const button = (direction: string) =>
      this.host.nativeElement.querySelector<HTMLButtonElement>(
        `[data-testid="field-${direction}-${field.key}"]:not([disabled])`,
      );
    const [same, other] = by < 0 ? ['up', 'down'] : ['down', 'up'];
    (button(same) ?? button(other))?.focus();
  }
}

function deleteQuestion(field: CustomFieldDefinition): ConfirmDialogData {
  return {
    title: 'customFields.deleteTitle',
    titleParams: { label: field.label },
    text: 'customFields.deleteText',
    confirmLabel: 'customFields.deleteConfirm',
    testId: 'field-delete',
  };
}
