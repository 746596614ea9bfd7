import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { TranslocoTestingModule } from '@jsverse/transloco';

import en from '../../../../public/i18n/en.json';
import { byTestId, settle } from '../../testing/dom';
import { ConfirmDialog, ConfirmDialogData } from './confirm-dialog';

describe('ConfirmDialog', () => {
  let fixture: ComponentFixture<ConfirmDialog>;
  let closedWith: unknown[];

  const text = (selector: string) =>
    (fixture.nativeElement as HTMLElement).querySelector(selector)?.textContent?.trim();

  beforeEach(async () => {
    closedWith = [];
    TestBed.configureTestingModule({
      imports: [
        ConfirmDialog,
        TranslocoTestingModule.forRoot({
          langs: { en },
          translocoConfig: { availableLangs: ['en'], defaultLang: 'en' },
          preloadLangs: true,
        }),
      ],
      providers: [
        {
          provide: MAT_DIALOG_DATA,
          useValue: {
            title: 'teams.deleteTitle',
            titleParams: { name: 'Sales' },
            text: 'teams.deleteText',
            confirmLabel: 'teams.deleteConfirm',
            testId: 'team-delete',
          } satisfies ConfirmDialogData,
        },
        { provide: MatDialogRef, useValue: { close: (result: unknown) => closedWith.push(result) } },
      ],
    });
    fixture = TestBed.createComponent(ConfirmDialog);
    await fixture.whenStable();
  });

  it("shows the opener's translated title, with its parameters, and text", () => {
    expect(text('[mat-dialog-title]')).toBe('Delete team Sales?');
    expect(text('.sb-dialog-text')).toBe(en.teams.deleteText);
    expect(byTestId(fixture, 'team-delete-confirm')?.textContent?.trim()).toBe(en.teams.deleteConfirm);
    expect(byTestId(fixture, 'team-delete-cancel')?.textContent?.trim()).toBe(en.common.cancel);
  });

  it('closes with true only when confirmed', async () => {
    byTestId(fixture, 'team-delete-cancel')?.click();
    await settle(fixture);
    byTestId(fixture, 'team-delete-confirm')?.click();
    await settle(fixture);
    // Cancel closes with Material's empty result: anything but `true` means no.
    expect(closedWith.map((result) => result === true)).toEqual([false, true]);
  });
});
