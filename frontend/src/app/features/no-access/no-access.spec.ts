import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { UserRole } from '@switchboard/contracts';

import uk from '../../../../public/i18n/uk.json';
import { SessionStore } from '../../core/auth/session.store';
import { NoAccess } from './no-access';

describe('NoAccess', () => {
  const role = signal<UserRole | null>('operator');

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [
        NoAccess,
        TranslocoTestingModule.forRoot({
          langs: { uk },
          translocoConfig: { availableLangs: ['uk'], defaultLang: 'uk' },
          preloadLangs: true,
        }),
      ],
      providers: [provideRouter([]), { provide: SessionStore, useValue: { role } }],
    });
  });

  it('names the roles the section is open to, in the user language, and links back to their own work', () => {
    const fixture = TestBed.createComponent(NoAccess);
    fixture.componentRef.setInput('for', 'supervisor,admin,root');
    fixture.detectChanges();
    const root = fixture.nativeElement as HTMLElement;
    expect(root.textContent).toContain(uk.noAccess.title);
    expect(
      root.querySelector('[data-testid="no-access-roles"]')?.textContent?.replace(/\s+/g, ' '),
    ).toContain(`${uk.roles.supervisor}, ${uk.roles.admin}`);
    expect(root.querySelector('[data-testid="no-access-home"]')?.getAttribute('href')).toBe('/console');
  });

  it('leaves the roles out when the guard named none', () => {
    const fixture = TestBed.createComponent(NoAccess);
    fixture.detectChanges();
    expect(
      (fixture.nativeElement as HTMLElement).querySelector('[data-testid="no-access-roles"]'),
    ).toBeNull();
  });
});
