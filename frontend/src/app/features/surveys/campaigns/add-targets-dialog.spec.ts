import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { TranslocoTestingModule } from '@jsverse/transloco';

import en from '../../../../../public/i18n/en.json';
import { byTestId, settle } from '../../../testing/dom';
import { aCampaign } from '../../../testing/survey-fixtures';
import { AddTargetsDialog } from './add-targets-dialog';
import { CampaignsStore } from './campaigns.store';

describe('AddTargetsDialog', () => {
  let fixture: ComponentFixture<AddTargetsDialog>;
  let http: HttpTestingController;
  let closed: unknown[];
  const manual = aCampaign({ trigger: { kind: 'manual' } });

  beforeEach(async () => {
    closed = [];
    TestBed.configureTestingModule({
      imports: [
        TranslocoTestingModule.forRoot({
          langs: { en },
          translocoConfig: { availableLangs: ['en'], defaultLang: 'en' },
          preloadLangs: true,
        }),
      ],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideNoopAnimations(),
        CampaignsStore,
        { provide: MAT_DIALOG_DATA, useValue: manual },
        { provide: MatDialogRef, useValue: { close: (value: unknown) => closed.push(value) } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(AddTargetsDialog);
    await settle(fixture);
  });

  afterEach(() => http.verify());

  async function pick(name: string): Promise<void> {
    byTestId(fixture, 'campaign-segment')?.click();
    await settle(fixture);
    [...document.querySelectorAll<HTMLElement>('mat-option')]
      .find((option) => option.textContent?.trim() === name)
      ?.click();
    await settle(fixture);
  }

  it('adds everyone in the chosen segment and says how many were added', async () => {
    http.expectOne('/api/client-segments').flush([
      { id: 'seg-2', name: 'VIP', filter: {}, createdAt: '2026-01-01T00:00:00.000Z' },
      { id: 'seg-1', name: 'Kyiv', filter: {}, createdAt: '2026-01-01T00:00:00.000Z' },
    ]);
    await settle(fixture);
    const add = byTestId(fixture, 'campaign-add-confirm') as HTMLButtonElement;
    expect(add.disabled).toBe(true);
    await pick('VIP');
    add.click();
    await settle(fixture);
    const post = http.expectOne({ method: 'POST', url: '/api/campaigns/c-1/targets' });
    expect(post.request.body).toEqual({ segmentId: 'seg-2' });
    post.flush({ added: 5 });
    await settle(fixture);
    http.expectOne('/api/campaigns').flush([manual]);
    expect(closed).toEqual([5]);
    expect(document.querySelector('mat-snack-bar-container')?.textContent).toContain('Clients added: 5.');
  });

  it('points to the client registry when there are no saved segments', async () => {
    http.expectOne('/api/client-segments').flush([]);
    await settle(fixture);
    expect(byTestId(fixture, 'campaign-no-segments')?.textContent?.trim()).toBe(
      en.surveys.campaigns.noSegments,
    );
  });
});
