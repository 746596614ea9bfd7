import { ComponentFixture, TestBed } from '@angular/core/testing';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { DemoPhoneAction, DemoPhoneLine, ScreenPop } from '@switchboard/contracts';
import { Observable, of, throwError } from 'rxjs';
import { HttpErrorResponse } from '@angular/common/http';

import en from '../../../../../public/i18n/en.json';
import { CallEventsStore } from '../../../core/calls/call-events.store';
import { DemoPhoneApi } from '../../../core/sip/demo-phone-api.service';
import { SipService } from '../../../core/sip/sip.service';
import { fakeSip } from '../../../testing/fake-sip';
import { PopCard } from '../pops/pop-card';
import { SoftphonePanel } from './softphone-panel';

const pop: ScreenPop = {
  callId: 'call-1',
  direction: 'inbound',
  callerNumber: '+380671234567',
  queue: null,
  client: null,
  openOrders: [],
  debt: { total: '0.00', overdue: '0.00', currency: 'UAH' },
  bonusBalance: '0.00',
  lastInteractions: [],
  openTasks: [],
};

/** The demo phone's HTTP side: records each action and answers with the line the server would. */
function fakeApi() {
  const sent: DemoPhoneAction[] = [];
  const after: Record<DemoPhoneAction, DemoPhoneLine['state']> = {
    answer: 'talking',
    reject: 'idle',
    hangup: 'idle',
    hold: 'held',
    resume: 'talking',
  };
  let refuse = false;
  return {
    sent,
    refuseNext: () => (refuse = true),
    act: (action: DemoPhoneAction): Observable<DemoPhoneLine> => {
      sent.push(action);
      if (refuse) {
        refuse = false;
        const body = { code: 'DEMO_PHONE_NO_CALL', message: 'no call' };
        return throwError(() => new HttpErrorResponse({ status: 409, error: body }));
      }
      return of({ callId: pop.callId, state: after[action] });
    },
  };
}

describe('the demo phone (simulated PBX, no SIP server)', () => {
  let sip: ReturnType<typeof fakeSip>;
  let api: ReturnType<typeof fakeApi>;
  let panel: ComponentFixture<SoftphonePanel>;
  let card: ComponentFixture<PopCard>;
  let calls: CallEventsStore;

  const find = (fixture: ComponentFixture<unknown>, testId: string): HTMLElement | null =>
    (fixture.nativeElement as HTMLElement).querySelector(`[data-testid="${testId}"]`);
  const settle = async () => {
    card.componentRef.setInput('entry', calls.entry(pop.callId));
    await panel.whenStable();
    await card.whenStable();
  };
  const click = async (fixture: ComponentFixture<unknown>, testId: string) => {
    const button = find(fixture, testId);
    expect(button).not.toBeNull();
    button?.click();
    await settle();
  };

  beforeEach(async () => {
    sip = fakeSip();
    sip.availability.set('notConfigured');
    sip.simulatedPbx.set(true);
    api = fakeApi();
    TestBed.configureTestingModule({
      imports: [
        SoftphonePanel,
        PopCard,
        TranslocoTestingModule.forRoot({
          langs: { en },
          translocoConfig: { availableLangs: ['en', 'ru', 'uk'], defaultLang: 'en' },
          preloadLangs: true,
        }),
      ],
      providers: [
        { provide: SipService, useValue: sip },
        { provide: DemoPhoneApi, useValue: api },
      ],
    });
    calls = TestBed.inject(CallEventsStore);
    // Its first effect empties the stack (nobody is signed in here): let it run before the call rings.
    TestBed.tick();
    calls.apply({ type: 'ringing', payload: pop });
    panel = TestBed.createComponent(SoftphonePanel);
    card = TestBed.createComponent(PopCard);
    await settle();
  });

  it('says it is the demo phone, and the ringing pop and the bar both offer Answer and Reject', () => {
    expect(find(panel, 'softphone-status')?.textContent).toContain('Demo phone (simulated PBX)');
    expect(find(panel, 'softphone-status')?.textContent).not.toContain('not configured');
    expect(find(panel, 'softphone-caller')?.textContent).toContain('+380671234567');
    expect(find(panel, 'softphone-answer')).not.toBeNull();
    expect(find(panel, 'softphone-reject')).not.toBeNull();
    expect(find(card, 'pop-answer')).not.toBeNull();
    expect(find(card, 'pop-reject')).not.toBeNull();
  });

  it('answers from the pop, then holds, resumes and hangs up from the bar as the PBX confirms', async () => {
    await click(card, 'pop-answer');
    calls.apply({ type: 'answered', payload: { callId: pop.callId, answeredAt: new Date().toISOString() } });
    await settle();
    expect(find(card, 'pop-answer')).toBeNull();
    expect(find(panel, 'softphone-in-call')?.textContent).toContain('0:0');
    await click(panel, 'softphone-hold');
    expect(find(panel, 'softphone-held')).not.toBeNull();
    await click(panel, 'softphone-resume');
    expect(find(panel, 'softphone-held')).toBeNull();
    await click(panel, 'softphone-hangup');
    expect(api.sent).toEqual(['answer', 'hold', 'resume', 'hangup']);
  });

  it('rejects from the bar, and shows the PBX refusing in words', async () => {
    api.refuseNext();
    await click(panel, 'softphone-reject');
    expect(find(panel, 'softphone-demo-error')?.textContent).toContain('No call is ringing');
    await click(card, 'pop-reject');
    expect(api.sent).toEqual(['reject', 'reject']);
    expect(find(panel, 'softphone-demo-error')).toBeNull();
  });

  it('stays out of the way with a real SIP server, on a pop that no longer rings and on a click-to-call', async () => {
    sip.availability.set('ready');
    await settle();
    expect(find(panel, 'softphone-status')?.textContent).not.toContain('Demo phone');
    expect(find(card, 'pop-answer')).toBeNull();
    sip.availability.set('notConfigured');
    calls.apply({ type: 'ringStopped', payload: { callId: pop.callId, reason: 'no-answer' } });
    await settle();
    expect(find(card, 'pop-answer')).toBeNull();
    expect(find(panel, 'softphone-answer')).toBeNull();
    // A click-to-call rings the agent's pop too, but the simulated PBX plays it without the demo phone.
    calls.apply({ type: 'ringing', payload: { ...pop, callId: 'call-2', direction: 'outbound' } });
    await settle();
    expect(find(panel, 'softphone-answer')).toBeNull();
  });
});
