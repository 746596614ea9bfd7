import { ChangeDetectionStrategy, Component, OnInit, computed, inject, signal } from '@angular/core';
import { FormControl, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Product, UNITS, isUnit } from '@switchboard/contracts';
import { debounceTime, firstValueFrom } from 'rxjs';

import { failureMessageKey, toRequestFailure } from '../../../core/http/api-error';
import { ListPaginator } from '../../../shared/lists/list-paginator';
import { PagedList } from '../../../shared/lists/paged-list';
import { UnitPipe } from '../../../shared/units/unit.pipe';
import { OrdersApiService } from '../orders-api.service';

/** Products and services orders are priced from; supervisors and admins keep the list. */
@Component({
  selector: 'sb-catalogue-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatSelectModule,
    MatTableModule,
    TranslocoPipe,
    ListPaginator,
    UnitPipe,
  ],
  templateUrl: './catalogue-page.html',
  styles:
    '.form { display: flex; flex-wrap: wrap; align-items: center; gap: 8px 12px; margin: 16px 0; } .error { color: var(--mat-sys-error); }',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CataloguePage implements OnInit {
  private readonly api = inject(OrdersApiService);
  protected readonly columns = ['name', 'category', 'unit', 'price', 'vatRate', 'active'];
  protected readonly editing = signal<Product | null>(null);
  protected readonly errorKey = signal<string | null>(null);
  /** The named units, and the one an edited product was given by hand before units were named. */
  protected readonly unitChoices = computed(() => {
    const unit = this.editing()?.unit;
    return unit && !isUnit(unit) ? [...UNITS, unit] : UNITS;
  });
  protected readonly search = new FormControl('', { nonNullable: true });
  protected readonly results = new PagedList<Product>(({ page, pageSize }) =>
    this.api.products(this.search.value, page, pageSize),
  );
  protected readonly form = inject(NonNullableFormBuilder).group({
    name: ['', Validators.required],
    category: [''],
    unit: ['pcs', Validators.required],
    price: ['', [Validators.required, Validators.pattern(/^\d+([.,]\d{1,2})?$/)]],
    vatRate: [20, [Validators.min(0), Validators.max(100)]],
    active: [true],
  });

  ngOnInit(): void {
    this.search.valueChanges.pipe(debounceTime(250)).subscribe(() => this.results.restart());
    this.results.load();
  }

  protected edit(product: Product): void {
    this.editing.set(product);
    this.form.setValue({
      name: product.name,
      category: product.category ?? '',
      unit: product.unit,
      price: product.price,
      vatRate: product.vatRate,
      active: product.active,
    });
  }

  protected cancel(): void {
    this.editing.set(null);
    this.form.reset();
  }

  protected async save(): Promise<void> {
    if (this.form.invalid) return this.form.markAllAsTouched();
    const value = this.form.getRawValue();
    this.errorKey.set(null);
    try {
      const request = {
        ...value,
        category: value.category.trim() || null,
        price: value.price.replace(',', '.'),
      };
      await firstValueFrom(this.api.saveProduct(request, this.editing()?.id));
      this.cancel();
      this.results.load();
    } catch (error) {
      this.errorKey.set(failureMessageKey(toRequestFailure(error)));
    }
  }
}
