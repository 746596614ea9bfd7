import { signal } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { ScreenPop } from '@switchboard/contracts';

import en from '../../../../../public/i18n/en.json';
import { CallEventsStore } from '../../../core/calls/call-events.store';
import { ConsoleDrawerStore } from '../../../core/calls/console-drawer.store';
import { PopEntry, reducePops } from '../../../core/calls/pop-stack';
import { LanguageService } from '../../../core/i18n/language.service';
import { WorkspaceStore } from '../../../core/workspace/workspace.store';
import { PopStack } from './pop-stack';

const pop = (callId: string, client: ScreenPop['client']): ScreenPop => ({
  callId,
  direction: 'inbound',
  callerNumber: '+380671234567',
  queue: 'support',
  client,
  openOrders: [
    {
      id: 'o-1',
      number: '2026-000001',
      stage: 'new',
      stageName: 'New inquiry',
      stageNameTranslations: { ru: 'Новый запрос', uk: 'Новий запит' },
      total: '120.00',
      currency: 'UAH',
    },
  ],
  debt: { total: '50.00', overdue: '10.00', currency: 'UAH' },
  bonusBalance: '7.00',
  lastInteractions: [],
  openTasks: [{ id: 't-1', title: 'Send the invoice', dueAt: null }],
});

const olena: ScreenPop['client'] = {
  id: 'c-1',
  kind: 'person',
  name: 'Petrenko Olena',
  category: 'vip',
  tags: ['wholesale'],
  manager: null,
  phones: [{ number: '067 123 45 67', e164: '+380671234567' }],
  doNotCall: false,
  noMarketing: false,
};

describe('PopStack', () => {
  let fixture: ComponentFixture<PopStack>;
  const pops = signal<PopEntry[]>([]);
  const dismiss = vi.fn();
  const element = () => fixture.nativeElement as HTMLElement;
  const cards = () => Array.from(element().querySelectorAll<HTMLElement>('[data-testid="pop"]'));

  beforeEach(async () => {
    let stack: PopEntry[] = [];
    stack = reducePops(stack, { type: 'ringing', payload: pop('a', null) });
    stack = reducePops(stack, { type: 'ringing', payload: pop('b', olena) });
    stack = reducePops(stack, {
      type: 'ringStopped',
      payload: { callId: 'a', reason: 'answered-elsewhere' },
    });
    pops.set(stack);
    TestBed.configureTestingModule({
      imports: [
        PopStack,
        TranslocoTestingModule.forRoot({
          langs: { en },
          translocoConfig: { availableLangs: ['en', 'ru', 'uk'], defaultLang: 'en' },
          preloadLangs: true,
        }),
      ],
      providers: [
        { provide: CallEventsStore, useValue: { pops, dismiss } },
        { provide: LanguageService, useValue: { language: signal('en') } },
        {
          provide: WorkspaceStore,
          useValue: {
            facts: signal({ phoneRegion: 'UA', currency: 'UAH' }),
            ensureLoaded: async () => undefined,
          },
        },
      ],
    });
    fixture = TestBed.createComponent(PopStack);
    await fixture.whenStable();
  });

  it('shows the newest pop on top with what the agent needs, and the retracted one greyed with its reason', () => {
    const [top, retracted] = cards();
    expect(top.getAttribute('data-state')).toBe('ringing');
    expect(top.textContent).toContain('Petrenko Olena');
    expect(top.textContent).toContain('vip');
    expect(top.querySelector('[data-testid="pop-debt"]')?.textContent?.trim()).toBe('₴50.00');
    expect(top.querySelector('[data-testid="pop-bonus"]')?.textContent?.trim()).toBe('₴7.00');
    expect(top.textContent).toContain('2026-000001');
    expect(top.textContent).toContain('New inquiry');
    expect(top.querySelector('[data-testid="pop-number"]')?.textContent?.trim()).toBe('067 123 4567');
    expect(top.textContent).toContain('Send the invoice');
    expect(retracted.classList).toContain('state-retracted');
    expect(retracted.textContent).toContain('Unknown number');
    expect(retracted.textContent).toContain('Answered by another agent');
  });

  it('says what the caller asked the self-service menu, and nothing when they did not use it', async () => {
    const [top] = cards();
    expect(top.querySelector('[data-testid="pop-self-service"]')).toBeNull();
    pops.set(
      reducePops([], { type: 'ringing', payload: { ...pop('c', olena), selfService: { choice: 'debt' } } }),
    );
    fixture.detectChanges();
    await fixture.whenStable();
    expect(cards()[0].querySelector('[data-testid="pop-self-service"]')?.textContent?.trim()).toBe(
      'Asked about debt',
    );
  });

  it('says what a reminder call reminded a client of who asked it for an operator', async () => {
    const reminder = {
      kind: 'instalmentDue' as const,
      due: '2026-12-10',
      amount: '600.00',
      currency: 'UAH',
      orderNumber: '2026-000123',
    };
    pops.set(
      reducePops([], {
        type: 'ringing',
        payload: { ...pop('d', olena), selfService: { choice: 'reminder', reminder } },
      }),
    );
    fixture.detectChanges();
    await fixture.whenStable();
    expect(cards()[0].querySelector('[data-testid="pop-self-service"]')?.textContent?.trim()).toBe(
      'Reminder: wants an operator about the instalment of ₴600.00 due Dec 10, 2026 (order 2026-000123)',
    );
  });

  it('opens the client card or a new-client form in the drawer, and dismisses', () => {
    const drawer = TestBed.inject(ConsoleDrawerStore);
    const [top, retracted] = cards();
    top.querySelector<HTMLButtonElement>('[data-testid="pop-open"]')?.click();
    expect(drawer.content()).toEqual({ kind: 'client', clientId: 'c-1', callId: 'b' });
    retracted.querySelector<HTMLButtonElement>('[data-testid="pop-open"]')?.click();
    expect(drawer.content()).toEqual({ kind: 'new-client', phone: '+380671234567', callId: 'a' });
    retracted.querySelector<HTMLButtonElement>('[data-testid="pop-dismiss"]')?.click();
    expect(dismiss).toHaveBeenCalledWith('a');
  });
});
