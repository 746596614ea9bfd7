import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { Router } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';

import { SessionStore } from '../../core/auth/session.store';
import { failureMessageKey, toRequestFailure } from '../../core/http/api-error';
import { firstAllowedPath } from '../../core/navigation/navigation';
import { FieldErrorPipe } from '../../shared/forms/field-error.pipe';
import { LanguageMenu } from '../../shared/language-menu/language-menu';

@Component({
  selector: 'sb-login',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressSpinnerModule,
    TranslocoPipe,
    FieldErrorPipe,
    LanguageMenu,
  ],
  templateUrl: './login.html',
  styleUrl: './login.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Login {
  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);

  protected readonly form = inject(NonNullableFormBuilder).group({
    login: ['', Validators.required],
    password: ['', Validators.required],
  });
  protected readonly submitting = signal(false);
  protected readonly errorKey = signal<string | null>(null);
  protected readonly hidePassword = signal(true);
  protected readonly noticeKey = computed(() => {
    const notice = this.session.notice();
    return notice === null ? null : `login.notice.${notice}`;
  });

  async submit(): Promise<void> {
    if (this.submitting()) {
      return;
    }
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.submitting.set(true);
    this.errorKey.set(null);
    this.session.dismissNotice();
    try {
      const user = await this.session.login(this.form.getRawValue());
      await this.router.navigateByUrl(firstAllowedPath(user.role));
    } catch (error: unknown) {
      this.errorKey.set(failureMessageKey(toRequestFailure(error)));
    } finally {
      this.submitting.set(false);
    }
  }
}
