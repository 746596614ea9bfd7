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
import { toSignal } from '@angular/core/rxjs-interop';
import {
  FormArray,
  FormControl,
  FormGroup,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { MatAutocompleteModule, MatAutocompleteSelectedEvent } from '@angular/material/autocomplete';
import { MatButtonModule } from '@angular/material/button';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { ClientSummary, DELIVERY_METHODS, DeliveryMethod, Product } from '@switchboard/contracts';
import { catchError, debounceTime, filter, firstValueFrom, map, of, switchMap } from 'rxjs';

import { failureMessageKey, toRequestFailure } from '../../../core/http/api-error';
import { fromIsoDate, toIsoDate } from '../../../core/i18n/iso-date';
import { FieldErrorPipe } from '../../../shared/forms/field-error.pipe';
import { RepeatingRowDef } from '../../../shared/forms/repeating-rows/repeating-row.directive';
import { RepeatingRows } from '../../../shared/forms/repeating-rows/repeating-rows';
import { OrdersApiService } from '../orders-api.service';
import { ItemValue, itemRequest, serverErrorsByControl } from './order-form.model';

const DECIMAL = /^\d+([.,]\d{1,3})?$/;
const SEARCH_DEBOUNCE_MS = 250;

export type ItemGroup = FormGroup<{
  productId: FormControl<string | null>;
  name: FormControl<string>;
  quantity: FormControl<string>;
  price: FormControl<string>;
  discountPercent: FormControl<string>;
  vatRate: FormControl<number>;
}>;

/** A new order for a client: items from the catalogue or free text, delivery and notes. */
@Component({
  selector: 'sb-order-form',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatAutocompleteModule,
    MatButtonModule,
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
  ],
  templateUrl: './order-form.html',
  styleUrl: './order-form.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OrderForm implements OnInit {
  /** Route parameter when editing an order. */
  readonly id = input<string>();
  /** The client of a new order (`?clientId=` on the page). */
  readonly clientId = input<string>();
  /** Inside the console's drawer: no page header, and `done` / `cancelled` instead of navigating. */
  readonly embedded = input(false);
  /** The order created or saved, when embedded. */
  readonly done = output<string>();
  readonly cancelled = output<void>();
  protected readonly editing = computed(() => this.id() !== undefined);
  private readonly api = inject(OrdersApiService);
  private readonly router = inject(Router);
  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly deliveryMethods = DELIVERY_METHODS;
  protected readonly saving = signal(false);
  protected readonly errorKey = signal<string | null>(null);
  protected readonly client = signal<{ id: string; displayName: string } | null>(null);
  protected readonly clientSearch = new FormControl('', { nonNullable: true });
  protected readonly clientOptions = toSignal(
    this.clientSearch.valueChanges.pipe(
      debounceTime(SEARCH_DEBOUNCE_MS),
      filter((text) => text.trim().length >= 2),
      switchMap((q) =>
        this.api.findClients(q).pipe(
          map((page) => page.items),
          catchError(() => of([])),
        ),
      ),
    ),
    { initialValue: [] as ClientSummary[] },
  );
  protected readonly productOptions = signal<Product[]>([]);
  protected readonly form = this.fb.group({
    items: this.fb.array<ItemGroup>([]),
    deliveryMethod: this.fb.control<DeliveryMethod | null>(null),
    deliveryAddress: [''],
    notes: [''],
    extraDiscountPercent: ['', Validators.pattern(/^\d{1,3}([.,]\d{1,2})?$/)],
    gift: [''],
    bonus: [''],
    schedule: this.fb.array<FormGroup<{ dueDate: FormControl<Date | null>; amount: FormControl<string> }>>(
      [],
    ),
  });

  get items(): FormArray<ItemGroup> {
    return this.form.controls.items;
  }

  async ngOnInit(): Promise<void> {
    const id = this.id();
    if (id) {
      const order = await firstValueFrom(this.api.get(id));
      this.client.set(order.client);
      order.items.forEach((item) =>
        this.addItem({
          productId: item.productId,
          name: item.name,
          quantity: item.quantity,
          price: item.price,
          discountPercent: item.discountPercent ?? '',
          vatRate: item.vatRate,
        }),
      );
      this.form.patchValue({
        deliveryMethod: order.deliveryMethod,
        deliveryAddress: order.deliveryAddress ?? '',
        notes: order.notes ?? '',
        extraDiscountPercent: order.conditions.extraDiscountPercent ?? '',
        gift: order.conditions.gift ?? '',
        bonus: order.conditions.bonus ?? '',
      });
      order.schedule.forEach((row) => this.addInstallment(fromIsoDate(row.dueDate), row.amount));
      return;
    }
    this.addItem();
    const clientId = this.clientId();
    if (clientId) {
      const found = await firstValueFrom(this.api.client(clientId).pipe(catchError(() => of(null))));
      if (found) this.client.set({ id: found.id, displayName: found.displayName });
    }
  }

  protected addItem(item: Partial<ItemValue> = {}): void {
    this.items.push(
      this.fb.group({
        productId: this.fb.control<string | null>(item.productId ?? null),
        name: [item.name ?? '', Validators.required],
        quantity: [item.quantity ?? '1', [Validators.required, Validators.pattern(DECIMAL)]],
        price: [item.price ?? '', [Validators.required, Validators.pattern(/^\d+([.,]\d{1,2})?$/)]],
        discountPercent: [item.discountPercent ?? '', Validators.pattern(/^\d+([.,]\d{1,2})?$/)],
        vatRate: [item.vatRate ?? 20, [Validators.min(0), Validators.max(100)]],
      }),
    );
  }

  protected addInstallment(dueDate: Date | null = null, amount = ''): void {
    this.form.controls.schedule.push(
      this.fb.group({
        dueDate: this.fb.control<Date | null>(dueDate, Validators.required),
        amount: [amount, [Validators.required, Validators.pattern(/^\d+([.,]\d{1,2})?$/)]],
      }),
    );
  }

  protected pickClient(event: MatAutocompleteSelectedEvent): void {
    const client = event.option.value as ClientSummary;
    this.client.set({ id: client.id, displayName: client.displayName });
    this.clientSearch.setValue('', { emitEvent: false });
  }

  protected async searchProducts(text: string): Promise<void> {
    if (text.trim().length < 2) return;
    const page = await firstValueFrom(this.api.findProducts(text).pipe(catchError(() => of(null))));
    this.productOptions.set(page?.items ?? []);
  }

  protected pickProduct(item: ItemGroup, event: MatAutocompleteSelectedEvent): void {
    const product = event.option.value as Product;
    item.patchValue({
      productId: product.id,
      name: product.name,
      price: product.price,
      vatRate: product.vatRate,
    });
  }

  protected async save(): Promise<void> {
    const client = this.client();
    if (!client || this.form.invalid || this.items.length === 0 || this.saving()) {
      this.form.markAllAsTouched();
      this.errorKey.set(client ? 'orders.form.fixErrors' : 'orders.form.pickClient');
      return;
    }
    this.saving.set(true);
    this.errorKey.set(null);
    const value = this.form.getRawValue();
    try {
      const fields = {
        items: value.items.map(itemRequest),
        deliveryMethod: value.deliveryMethod,
        deliveryAddress: value.deliveryAddress.trim() || null,
        notes: value.notes.trim() || null,
        conditions: {
          extraDiscountPercent: value.extraDiscountPercent.trim().replace(',', '.') || null,
          gift: value.gift.trim() || null,
          bonus: value.bonus.trim() || null,
        },
        schedule: value.schedule.map((row) => ({
          // Required, so set: the form is valid by now.
          dueDate: toIsoDate(row.dueDate) ?? '',
          amount: row.amount.replace(',', '.'),
        })),
      };
      const id = this.id();
      const order = await firstValueFrom(
        id ? this.api.update(id, fields) : this.api.create({ clientId: client.id, ...fields }),
      );
      if (this.embedded()) this.done.emit(order.id);
      else await this.router.navigate(['/orders', order.id]);
    } catch (error) {
      const failure = toRequestFailure(error);
      const applied = serverErrorsByControl(failure.fieldErrors, this.items);
      this.errorKey.set(applied ? 'orders.form.fixErrors' : failureMessageKey(failure));
    } finally {
      this.saving.set(false);
    }
  }
}
