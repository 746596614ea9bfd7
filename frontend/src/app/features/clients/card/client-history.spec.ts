import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { HistoryEntry, Language } from '@switchboard/contracts';
import { of } from 'rxjs';

import en from '../../../../../public/i18n/en.json';
import ru from '../../../../../public/i18n/ru.json';
import uk from '../../../../../public/i18n/uk.json';
import { LanguageService } from '../../../core/i18n/language.service';
import { registerLocales } from '../../../core/i18n/provide-i18n';
import { ClientHistoryApiService } from '../client-history-api.service';
import { ClientHistory } from './client-history';

let sequence = 0;
const entry = (kind: HistoryEntry['kind'], data: Record<string, unknown> = {}): HistoryEntry => ({
  id: String(++sequence),
  clientId: 'c1',
  kind,
  occurredAt: '2026-12-01T10:00:00.000Z',
  author: null,
  text: null,
  data,
});

const ENTRIES: HistoryEntry[] = [
  entry('order', {
    number: '2026-0012',
    event: 'payment_partial',
    amount: '500.00',
    currency: 'UAH',
    debt: '250.00',
  }),
  entry('order', {
    number: '2026-0012',
    event: 'paid_in_full',
    amount: '250.00',
    currency: 'UAH',
    debt: '0.00',
  }),
  entry('order', { number: '2026-0012', event: 'moved', from: 'negotiation', to: 'invoice_sent' }),
  entry('order', { number: '2026-0012', event: 'created', total: '750.00', currency: 'UAH' }),
  entry('created'),
  entry('updated', { fields: ['phones', 'someFutureField'] }),
  entry('order', { number: '2026-0012', event: 'archived_by_robot' }),
  entry('order', {
    number: '2026-0012',
    event: 'moved',
    from: 'invoice_sent',
    to: 'paid',
    automation: 'paidInFull',
  }),
  entry('reminder', {
    attemptId: 'r1',
    kind: 'instalmentDue',
    due: '2026-12-10',
    amount: '600.00',
    currency: 'UAH',
    orderNumber: '2026-0012',
    outcome: 'confirmed',
  }),
  entry('reminder', {
    attemptId: 'r2',
    kind: 'task',
    due: '2026-12-10T12:30:00.000Z',
    title: 'Kitchen measurement',
    outcome: 'reschedule',
  }),
  entry('note', { callId: 'x' }),
];

/** The sentences the timeline shows, one per entry that has one, and what the kind filter shows. */
async function shownIn(language: Language): Promise<{ filter: string; sentences: string[] }> {
  registerLocales();
  TestBed.configureTestingModule({
    imports: [
      ClientHistory,
      TranslocoTestingModule.forRoot({
        langs: { en, ru, uk },
        translocoConfig: { availableLangs: ['en', 'ru', 'uk'], defaultLang: language },
        preloadLangs: true,
      }),
    ],
    providers: [
      provideNoopAnimations(),
      { provide: LanguageService, useValue: { language: signal(language) } },
      {
        provide: ClientHistoryApiService,
        useValue: { list: () => of({ items: ENTRIES, total: ENTRIES.length, page: 1, pageSize: 20 }) },
      },
    ],
  });
  const fixture = TestBed.createComponent(ClientHistory);
  fixture.componentRef.setInput('clientId', 'c1');
  fixture.detectChanges();
  await fixture.whenStable();
  fixture.detectChanges();
  const root = fixture.nativeElement as HTMLElement;
  const filter = root.querySelector('mat-select')?.textContent?.trim() ?? '';
  const sentences = Array.from(root.querySelectorAll('[data-testid="history-sentence"]')).map(
    (element) => element.textContent?.replace(/\s+/g, ' ').trim() ?? '',
  );
  return { filter, sentences };
}

const RAW_CODES =
  /payment_partial|paid_in_full|invoice_sent|negotiation|archived_by_robot|someFutureField|\bmoved\b/;

/** Rendering the whole timeline with Material takes a few seconds on a busy machine. */
const RENDER_TIMEOUT_MS = 20_000;

describe('ClientHistory sentences', () => {
  it(
    'writes a partial payment apart from a full one, with money in the language (en)',
    async () => {
      const { filter, sentences } = await shownIn('en');
      expect(filter).toBe(en.clients.any);
      expect(sentences).toEqual([
        'Paid ₴500.00 of order 2026-0012, ₴250.00 still due',
        'Order 2026-0012 paid in full with ₴250.00',
        'Order 2026-0012 moved from “Negotiation” to “Invoice sent”',
        'Order 2026-0012 created for ₴750.00',
        'Client card created',
        'Changed: Phones, other details',
        'Order 2026-0012 changed',
        'Order 2026-0012 moved from “Invoice sent” to “Paid”, automatically: paid in full',
        'Reminder call about ₴600.00 due Dec 10, 2026 (order 2026-0012): confirmed',
        expect.stringMatching(
          /^Reminder call about “Kitchen measurement” on Dec 10, 2026, \d{1,2}:30 [AP]M: asked to move it$/,
        ),
      ]);
    },
    RENDER_TIMEOUT_MS,
  );

  it(
    'writes them in Ukrainian',
    async () => {
      const { filter, sentences } = await shownIn('uk');
      expect(filter).toBe('Будь-який');
      expect(sentences[0]).toBe('Сплачено 500,00 ₴ за замовленням 2026-0012, залишилося сплатити 250,00 ₴');
      expect(sentences[1]).toBe('Замовлення 2026-0012 сплачено повністю, останній платіж 250,00 ₴');
      expect(sentences[2]).toBe('Замовлення 2026-0012 переведено з «Перемовини» до «Рахунок виставлено»');
      expect(sentences).toHaveLength(10);
      expect(sentences[7]).toBe(
        'Замовлення 2026-0012 переведено з «Рахунок виставлено» до «Сплачено», автоматично: сплачено повністю',
      );
      expect(sentences[8]).toMatch(
        /^Нагадування про платіж 600,00 ₴ до 10 .+ 2026.* \(замовлення 2026-0012\): підтвердив$/,
      );
      expect(sentences[9]).toMatch(/^Нагадування про «Kitchen measurement» 10 .+: попросив перенести$/);
      expect(sentences.join('\n')).not.toMatch(RAW_CODES);
    },
    RENDER_TIMEOUT_MS,
  );

  it(
    'writes them in Russian',
    async () => {
      const { filter, sentences } = await shownIn('ru');
      expect(filter).toBe('Любой');
      expect(sentences[0]).toBe('Оплачено 500,00 ₴ по заказу 2026-0012, осталось оплатить 250,00 ₴');
      expect(sentences[5]).toBe('Изменено: Телефоны, другие данные');
      expect(sentences[6]).toBe('Заказ 2026-0012 изменён');
      expect(sentences.join('\n')).not.toMatch(RAW_CODES);
    },
    RENDER_TIMEOUT_MS,
  );
});
