import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { provideRouter } from '@angular/router';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { Order, OrderStage, StageTransition } from '@switchboard/contracts';
import { of } from 'rxjs';

import uk from '../../../../../public/i18n/uk.json';
import { LanguageService } from '../../../core/i18n/language.service';
import { registerLocales } from '../../../core/i18n/provide-i18n';
import { byTestId, settle } from '../../../testing/dom';
import { aStage } from '../../../testing/fixtures';
import { MoveStageConfirmation, MoveStageDialog } from './move-stage-dialog';
import { OrderPage } from './order-page';
import { OrderPageStore } from './order-page.store';

const inquiry = aStage({
  id: 'stage-inquiry',
  key: 'inquiry',
  name: 'Inquiry',
  nameTranslations: { uk: 'Запит' },
  nextStep: 'Find out what the client needs',
  nextStepTranslations: { uk: 'З’ясувати, що потрібно клієнту' },
  position: 0,
});
const paid = aStage();
const order = {
  id: 'o-1',
  number: '2026-000001',
  client: { id: 'c-1', displayName: 'ТОВ Ромашка' },
  stage: inquiry.key,
  stageInfo: inquiry,
  currency: 'UAH',
  items: [],
  total: '100.00',
  vat: '0.00',
  paid: '100.00',
  debt: '0.00',
  overdue: '0.00',
  conditions: {},
  schedule: [],
} as unknown as Order;
const automatic: StageTransition = {
  id: 't-1',
  from: 'inquiry',
  to: 'paid',
  author: null,
  at: '2026-12-01T10:00:00.000Z',
  comment: null,
  automation: 'paidInFull',
};

describe('OrderPage moving between stages', () => {
  let fixture: ComponentFixture<OrderPage>;
  let dialogAnswer: MoveStageConfirmation | undefined;
  let opened: { component: unknown; stage: OrderStage }[];
  let moves: [string, string][];

  const select = () => byTestId(fixture, 'order-move') as HTMLElement;
  async function pick(stageName: string): Promise<void> {
    select().click();
    await settle(fixture);
    const options = Array.from(document.querySelectorAll<HTMLElement>('mat-option'));
    options.find((option) => option.textContent?.trim() === stageName)?.click();
    await settle(fixture);
  }

  beforeEach(async () => {
    registerLocales();
    opened = [];
    moves = [];
    const store = {
      order: signal(order),
      stages: signal([inquiry, paid]),
      transitions: signal([automatic]),
      payments: signal([]),
      documents: signal([]),
      attachments: signal([]),
      loading: signal(false),
      busy: signal(false),
      errorKey: signal(null),
      load: () => Promise.resolve(),
      move: (stageId: string, comment: string) => {
        moves.push([stageId, comment]);
        return Promise.resolve(true);
      },
    };
    const dialog = {
      open: (component: unknown, config: { data: { stage: OrderStage } }) => {
        opened.push({ component, stage: config.data.stage });
        return { afterClosed: () => of(dialogAnswer) };
      },
    };
    TestBed.configureTestingModule({
      imports: [
        OrderPage,
        TranslocoTestingModule.forRoot({
          langs: { uk },
          translocoConfig: { availableLangs: ['uk'], defaultLang: 'uk' },
          preloadLangs: true,
        }),
      ],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        { provide: MatDialog, useValue: dialog },
        { provide: LanguageService, useValue: { language: signal('uk') } },
      ],
    });
    TestBed.overrideComponent(OrderPage, {
      set: { providers: [{ provide: OrderPageStore, useValue: store }] },
    });
    fixture = TestBed.createComponent(OrderPage);
    fixture.componentRef.setInput('id', order.id);
    await settle(fixture);
  });

  it("asks for the order's survey answers, showing none while there are none", async () => {
    TestBed.inject(HttpTestingController).expectOne('/api/orders/o-1/survey-responses').flush([]);
    await settle(fixture);
    expect(byTestId(fixture, 'survey-answers')).toBeNull();
  });

  it('shows the stage, its hint and the transitions in the user language', () => {
    expect(byTestId(fixture, 'order-stage')?.textContent?.trim()).toBe('Запит');
    expect(byTestId(fixture, 'order-next-step')?.textContent).toContain('З’ясувати, що потрібно клієнту');
    const transition = (fixture.nativeElement as HTMLElement).querySelector('.transitions li')?.textContent;
    expect(transition).toContain('Оплачено');
    expect(byTestId(fixture, 'transition-automatic')?.textContent?.trim()).toBe(
      uk.orders.move.automatic.paidInFull,
    );
  });

  it('moves only after the dialog confirms, with the comment typed there', async () => {
    dialogAnswer = { comment: 'paid by card' };
    await pick('Оплачено');
    expect(opened).toEqual([{ component: MoveStageDialog, stage: paid }]);
    expect(moves).toEqual([[paid.id, 'paid by card']]);
  });

  it('does not move on cancel and puts the picker back on the current stage', async () => {
    dialogAnswer = undefined;
    await pick('Оплачено');
    expect(opened).toHaveLength(1);
    expect(moves).toEqual([]);
    expect(select().textContent?.trim()).toBe('Запит');
  });
});
