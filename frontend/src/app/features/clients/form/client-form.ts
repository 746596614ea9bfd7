import {
  ChangeDetectionStrategy,
  Component,
  OnInit,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { FormControl, NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { CustomFieldDefinition, GENDERS, UserRef } from '@switchboard/contracts';
import { firstValueFrom } from 'rxjs';

import { SessionStore } from '../../../core/auth/session.store';
import { failureMessageKey, toRequestFailure } from '../../../core/http/api-error';
import { fromIsoDate } from '../../../core/i18n/iso-date';
import { FieldErrorPipe } from '../../../shared/forms/field-error.pipe';
import { RepeatingRowDef } from '../../../shared/forms/repeating-rows/repeating-row.directive';
import { RepeatingRows } from '../../../shared/forms/repeating-rows/repeating-rows';
import { ClientsApiService } from '../clients-api.service';
import { ClientCrmFields } from './client-crm-fields';
import { ClientCustomFields } from './client-custom-fields';
import {
  CustomControlValue,
  applyClientErrors,
  clientFormGroup,
  emptyCustomValue,
  fromClient,
  storedCustomValue,
  toClientRequest,
} from './client-form.model';
import { ClientRequisitesFields } from './client-requisites-fields';
import { DuplicateChoice, DuplicatesDialog } from './duplicates-dialog';

/** Creates a client or edits one (route parameter `id`), checking for duplicates before it saves. */
@Component({
  selector: 'sb-client-form',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatButtonToggleModule,
    MatDatepickerModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    TranslocoPipe,
    FieldErrorPipe,
    RepeatingRows,
    RepeatingRowDef,
    ClientCrmFields,
    ClientCustomFields,
    ClientRequisitesFields,
  ],
  templateUrl: './client-form.html',
  styleUrl: './client-form.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ClientForm implements OnInit {
  /** Route parameter when editing. */
  readonly id = input<string>();
  /** A number to start a new client with (query parameter `phone`, or the caller of a screen-pop). */
  readonly phone = input<string>();
  /** Inside the console's drawer: no page header, and `done` instead of navigating away. */
  readonly embedded = input(false);
  /** The client saved (or the existing one the agent chose to open instead), when embedded. */
  readonly done = output<string>();
  private readonly api = inject(ClientsApiService);
  private readonly router = inject(Router);
  private readonly dialog = inject(MatDialog);
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly role = inject(SessionStore).role;

  protected readonly genders = GENDERS;
  protected readonly form = clientFormGroup(this.fb);
  protected readonly fields = signal<CustomFieldDefinition[]>([]);
  protected readonly managers = signal<UserRef[]>([]);
  protected readonly saving = signal(false);
  protected readonly errorKey = signal<string | null>(null);
  protected readonly editing = computed(() => this.id() !== undefined);
  /** The form shows once the client (when editing) and the field definitions are in, so nothing typed is overwritten. */
  protected readonly ready = signal(false);

  async ngOnInit(): Promise<void> {
    const [fields, managers] = await Promise.all([
      firstValueFrom(this.api.customFields()).catch(() => []),
      firstValueFrom(this.api.users()).catch(() => []),
    ]);
    for (const field of fields) {
      this.form.controls.custom.addControl(
        field.key,
        new FormControl<CustomControlValue>(emptyCustomValue(field), { nonNullable: true }),
      );
    }
    this.fields.set(fields);
    this.managers.set(managers);
    const id = this.id();
    if (!id) {
      this.addPhone(this.phone() ?? '');
      this.ready.set(true);
      return;
    }
    const client = await firstValueFrom(this.api.get(id));
    this.form.patchValue(fromClient(client));
    // A client keeps its kind; the raw value still sends it.
    this.form.controls.kind.disable();
    client.phones.forEach((phone) => this.addPhone(phone.number, phone.label ?? ''));
    client.emails.forEach((email) => this.addEmail(email.email));
    client.contacts.forEach((contact) =>
      this.addContact(contact.name, contact.position ?? '', contact.phones[0]?.number ?? ''),
    );
    client.importantDates.forEach((date) => this.addDate(date.label, fromIsoDate(date.date)));
    client.familyMembers.forEach((member) =>
      this.addFamilyMember(member.name, member.relation, fromIsoDate(member.birthDate)),
    );
    client.registrationNumbers.forEach((number) => this.addRegistrationNumber(number.label, number.value));
    for (const field of fields) {
      const value = client.customFields[field.key];
      if (value !== undefined && value !== null)
        this.form.controls.custom.controls[field.key]?.setValue(storedCustomValue(field, value));
    }
    this.ready.set(true);
  }

  protected addPhone(number = '', label = ''): void {
    this.form.controls.phones.push(this.fb.group({ number, label }));
  }

  protected addEmail(email = ''): void {
    this.form.controls.emails.push(this.fb.control(email));
  }

  protected addContact(name = '', position = '', phone = ''): void {
    this.form.controls.contacts.push(this.fb.group({ name, position, phone }));
  }

  protected addDate(label = '', date: Date | null = null): void {
    this.form.controls.importantDates.push(
      this.fb.group({ label, date: this.fb.control<Date | null>(date) }),
    );
  }

  protected addFamilyMember(name = '', relation = '', birthDate: Date | null = null): void {
    this.form.controls.familyMembers.push(
      this.fb.group({ name, relation, birthDate: this.fb.control<Date | null>(birthDate) }),
    );
  }

  protected addRegistrationNumber(label = '', value = ''): void {
    this.form.controls.registrationNumbers.push(this.fb.group({ label, value }));
  }

  protected async save(): Promise<void> {
    if (this.form.invalid || this.saving()) {
      this.form.markAllAsTouched();
      return;
    }
    this.saving.set(true);
    this.errorKey.set(null);
    const request = toClientRequest(this.form.getRawValue(), this.fields());
    try {
      const choice = await this.checkDuplicates(
        request.phones?.map((phone) => phone.number) ?? [],
        request.emails?.map((email) => email.email) ?? [],
        request.taxId ?? undefined,
      );
      if (choice?.action === 'open') return this.finish(choice.clientId);
      const id = this.id();
      if (choice?.action === 'merge' && id) {
        await firstValueFrom(this.api.merge(id, choice.clientId));
      }
      if (choice === null) return;
      const { kind, ...edit } = request;
      const saved = await firstValueFrom(id ? this.api.update(id, edit) : this.api.create({ ...edit, kind }));
      await this.finish(saved.id);
    } catch (error) {
      const failure = toRequestFailure(error);
      this.errorKey.set(
        applyClientErrors(this.form, failure.fieldErrors)
          ? 'clients.form.fixErrors'
          : failureMessageKey(failure),
      );
    } finally {
      this.saving.set(false);
    }
  }

  private async finish(clientId: string): Promise<void> {
    if (this.embedded()) this.done.emit(clientId);
    else await this.router.navigate(['/clients', clientId]);
  }

  /** null when the person cancelled; undefined when there is nothing alike. */
  private async checkDuplicates(
    phones: string[],
    emails: string[],
    taxId?: string,
  ): Promise<DuplicateChoice | null | undefined> {
    if (phones.length === 0 && emails.length === 0 && !taxId) return undefined;
    const { duplicates } = await firstValueFrom(
      this.api.duplicates({ phones, emails, taxId, excludeId: this.id() }),
    );
    if (duplicates.length === 0) return undefined;
    const canMerge = this.editing() && this.role() !== 'operator';
    const dialog = this.dialog.open<DuplicatesDialog, unknown, DuplicateChoice>(DuplicatesDialog, {
      data: { matches: duplicates, canMerge },
      width: '640px',
    });
    return (await firstValueFrom(dialog.afterClosed())) ?? null;
  }
}
