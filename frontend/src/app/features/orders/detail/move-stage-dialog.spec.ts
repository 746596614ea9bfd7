import { signal } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { Language } from '@switchboard/contracts';

import en from '../../../../../public/i18n/en.json';
import uk from '../../../../../public/i18n/uk.json';
import { LanguageService } from '../../../core/i18n/language.service';
import { byTestId, settle, typeInto } from '../../../testing/dom';
import { aStage } from '../../../testing/fixtures';
import { MoveStageDialog, MoveStageDialogData } from './move-stage-dialog';

describe('MoveStageDialog', () => {
  let fixture: ComponentFixture<MoveStageDialog>;
  let closedWith: unknown[];

  async function open(language: Language): Promise<void> {
    closedWith = [];
    TestBed.configureTestingModule({
      imports: [
        MoveStageDialog,
        TranslocoTestingModule.forRoot({
          langs: { en, uk },
          translocoConfig: { availableLangs: ['en', 'uk'], defaultLang: language },
          preloadLangs: true,
        }),
      ],
      providers: [
        { provide: MAT_DIALOG_DATA, useValue: { stage: aStage() } satisfies MoveStageDialogData },
        { provide: MatDialogRef, useValue: { close: (result: unknown) => closedWith.push(result) } },
        { provide: LanguageService, useValue: { language: signal(language) } },
      ],
    });
    fixture = TestBed.createComponent(MoveStageDialog);
    await fixture.whenStable();
  }

  it('names the target stage in the user language', async () => {
    await open('uk');
    expect(byTestId(fixture, 'move-target')?.textContent?.trim()).toBe(
      'Замовлення перейде на етап «Оплачено».',
    );
  });

  it('closes with the trimmed comment when confirmed', async () => {
    await open('en');
    expect(byTestId(fixture, 'move-target')?.textContent?.trim()).toBe(
      'The order moves to the stage "Paid".',
    );
    typeInto(fixture, 'move-comment', '  client paid by card  ');
    byTestId(fixture, 'move-confirm')?.click();
    await settle(fixture);
    expect(closedWith).toEqual([{ comment: 'client paid by card' }]);
  });

  it('closes without a confirmation on cancel, so nothing moves', async () => {
    await open('en');
    typeInto(fixture, 'move-comment', 'never mind');
    byTestId(fixture, 'move-cancel')?.click();
    await settle(fixture);
    expect(closedWith.every((result) => result === undefined || result === '')).toBe(true);
    expect(closedWith).not.toContainEqual({ comment: 'never mind' });
  });
});
