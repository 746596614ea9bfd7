import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { TranslocoTestingModule } from '@jsverse/transloco';

import en from '../../../../public/i18n/en.json';
import { byTestId, settle as settleFixture, typeInto } from '../../testing/dom';
import { aUser } from '../../testing/fixtures';
import { Login } from './login';

describe('Login', () => {
  let fixture: ComponentFixture<Login>;
  let http: HttpTestingController;

  const query = (testId: string) => byTestId(fixture, testId);
  const type = (testId: string, value: string) => typeInto(fixture, testId, value);
  const settle = () => settleFixture(fixture);

  async function submit(): Promise<void> {
    type('login-input', 'anna');
    type('password-input', 'secret123');
    query('login-submit')?.click();
    await fixture.whenStable();
  }

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [
        Login,
        TranslocoTestingModule.forRoot({
          langs: { en },
          translocoConfig: { availableLangs: ['en', 'ru', 'uk'], defaultLang: 'en' },
          preloadLangs: true,
        }),
      ],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(Login);
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  it('shows the wrong-credentials message from a 401', async () => {
    await submit();
    http
      .expectOne('/api/auth/login')
      .flush({ code: 'INVALID_CREDENTIALS', message: 'no' }, { status: 401, statusText: 'Unauthorized' });
    await settle();

    expect(query('login-error')?.textContent?.trim()).toBe(en.errors.invalidCredentials);
    expect((query('login-submit') as HTMLButtonElement).disabled).toBe(false);
  });

  it('shows the too-many-attempts message from a 429', async () => {
    await submit();
    http
      .expectOne('/api/auth/login')
      .flush({ code: 'TOO_MANY_ATTEMPTS', message: 'slow down' }, { status: 429, statusText: 'Too Many' });
    await settle();

    expect(query('login-error')?.textContent?.trim()).toBe(en.errors.tooManyAttempts);
  });

  it('does not call the API with empty fields and shows the field messages', async () => {
    query('login-submit')?.click();
    await fixture.whenStable();

    http.expectNone('/api/auth/login');
    const errors = (fixture.nativeElement as HTMLElement).querySelectorAll('mat-error');
    expect(Array.from(errors).map((error) => error.textContent?.trim())).toEqual([
      en.validation.required,
      en.validation.required,
    ]);
  });

  it('disables the button while signing in, then opens the console', async () => {
    const navigate = vi.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    await submit();
    expect((query('login-submit') as HTMLButtonElement).disabled).toBe(true);

    http.expectOne('/api/auth/login').flush({ accessToken: 'tok', user: aUser() });
    await settle();

    expect(navigate).toHaveBeenCalledWith('/console');
    expect(query('login-error')).toBeNull();
  });
});
