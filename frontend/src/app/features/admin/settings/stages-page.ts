import { ChangeDetectionStrategy, Component, OnInit, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatTableModule } from '@angular/material/table';
import { TranslocoPipe } from '@jsverse/transloco';
import { OrderStage } from '@switchboard/contracts';
import { firstValueFrom } from 'rxjs';

import { failureMessageKey, toRequestFailure } from '../../../core/http/api-error';
import { SettingsApiService } from './settings-api.service';

/** The sales funnel: rename stages, recolour them, set the next-step hint and the won/lost flags, add stages. */
@Component({
  selector: 'sb-stages-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatTableModule,
    TranslocoPipe,
  ],
  template: `
    <form class="form" [formGroup]="form" (ngSubmit)="save()">
      <mat-form-field appearance="outline"
        ><mat-label>{{ 'admin.stages.key' | transloco }}</mat-label
        ><input matInput formControlName="key" [readonly]="editing() !== null"
      /></mat-form-field>
      <mat-form-field appearance="outline"
        ><mat-label>{{ 'admin.stages.name' | transloco }}</mat-label
        ><input matInput formControlName="name" data-testid="stage-name"
      /></mat-form-field>
      <mat-form-field appearance="outline"
        ><mat-label>{{ 'admin.stages.color' | transloco }}</mat-label
        ><input matInput type="color" formControlName="color"
      /></mat-form-field>
      <mat-form-field appearance="outline" class="wide"
        ><mat-label>{{ 'admin.stages.nextStep' | transloco }}</mat-label
        ><input matInput formControlName="nextStep"
      /></mat-form-field>
      <mat-checkbox formControlName="won">{{ 'admin.stages.won' | transloco }}</mat-checkbox>
      <mat-checkbox formControlName="lost">{{ 'admin.stages.lost' | transloco }}</mat-checkbox>
      <button mat-flat-button type="submit" data-testid="stage-save">
        {{ (editing() ? 'common.save' : 'admin.add') | transloco }}
      </button>
      @if (editing()) {
        <button mat-button type="button" (click)="cancel()">{{ 'common.cancel' | transloco }}</button>
      }
    </form>
    @if (errorKey(); as error) {
      <p class="error" role="alert">{{ error | transloco }}</p>
    }
    <table mat-table [dataSource]="stages()">
      <ng-container matColumnDef="name"
        ><th mat-header-cell *matHeaderCellDef>{{ 'admin.stages.name' | transloco }}</th>
        <td mat-cell *matCellDef="let stage">
          <span class="swatch" [style.background]="stage.color"></span> {{ stage.name }}
        </td></ng-container
      >
      <ng-container matColumnDef="key"
        ><th mat-header-cell *matHeaderCellDef>{{ 'admin.stages.key' | transloco }}</th>
        <td mat-cell *matCellDef="let stage">{{ stage.key }}</td></ng-container
      >
      <ng-container matColumnDef="flags"
        ><th mat-header-cell *matHeaderCellDef>{{ 'admin.stages.flags' | transloco }}</th>
        <td mat-cell *matCellDef="let stage">
          {{ stage.won ? ('admin.stages.won' | transloco) : '' }}
          {{ stage.lost ? ('admin.stages.lost' | transloco) : '' }}
        </td></ng-container
      >
      <ng-container matColumnDef="nextStep"
        ><th mat-header-cell *matHeaderCellDef>{{ 'admin.stages.nextStep' | transloco }}</th>
        <td mat-cell *matCellDef="let stage">{{ stage.nextStep }}</td></ng-container
      >
      <ng-container matColumnDef="actions"
        ><th mat-header-cell *matHeaderCellDef>
          <span class="cdk-visually-hidden">{{ 'admin.actions' | transloco }}</span>
        </th>
        <td mat-cell *matCellDef="let stage">
          <button
            mat-icon-button
            type="button"
            (click)="edit(stage)"
            [attr.aria-label]="'admin.edit' | transloco"
          >
            <mat-icon>edit</mat-icon>
          </button>
        </td></ng-container
      >
      <tr mat-header-row *matHeaderRowDef="columns"></tr>
      <tr mat-row *matRowDef="let stage; columns: columns"></tr>
    </table>
  `,
  styleUrl: './settings-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StagesPage implements OnInit {
  private readonly api = inject(SettingsApiService);
  protected readonly columns = ['name', 'key', 'flags', 'nextStep', 'actions'];
  protected readonly stages = signal<OrderStage[]>([]);
  protected readonly editing = signal<OrderStage | null>(null);
  protected readonly errorKey = signal<string | null>(null);
  protected readonly form = inject(NonNullableFormBuilder).group({
    key: ['', [Validators.required, Validators.pattern(/^[a-z][a-z0-9_]{0,31}$/)]],
    name: ['', Validators.required],
    color: ['#607d8b'],
    nextStep: [''],
    won: [false],
    lost: [false],
  });

  async ngOnInit(): Promise<void> {
    this.stages.set(await firstValueFrom(this.api.stages()));
  }

  protected edit(stage: OrderStage): void {
    this.editing.set(stage);
    this.form.setValue({
      key: stage.key,
      name: stage.name,
      color: stage.color,
      nextStep: stage.nextStep ?? '',
      won: stage.won,
      lost: stage.lost,
    });
  }

  protected cancel(): void {
    this.editing.set(null);
    this.form.reset();
  }

  protected async save(): Promise<void> {
    if (this.form.invalid) return this.form.markAllAsTouched();
    const { key, ...value } = this.form.getRawValue();
    const request = { ...value, nextStep: value.nextStep.trim() || null };
    const stage = this.editing();
    this.errorKey.set(null);
    try {
      await firstValueFrom(
        stage ? this.api.updateStage(stage.id, request) : this.api.createStage({ key, ...request }),
      );
      this.cancel();
      this.stages.set(await firstValueFrom(this.api.stages()));
    } catch (error) {
      this.errorKey.set(failureMessageKey(toRequestFailure(error)));
    }
  }
}
