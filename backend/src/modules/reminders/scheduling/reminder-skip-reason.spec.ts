import { DEFAULT_REMINDER_SETTINGS } from '../reminder-defaults';
import { instalmentCandidate, taskCandidate } from './reminder-candidate';
import { skipReason } from './reminder-skip-reason';

const reachable = { phone: '+380671234567', callConsent: true, doNotCall: false };
const instalment = instalmentCandidate('instalmentDue', {
  id: 'i-1',
  dueDate: '2026-12-10',
  owedMinor: '60050',
  orderNumber: '2026-000123',
  currency: 'UAH',
  clientId: 'c-1',
});
const appointment = taskCandidate({
  id: 't-1',
  title: 'Kitchen measurement',
  dueAt: new Date('2026-12-03T09:00:00Z'),
  clientId: 'c-1',
});
const at = (iso: string) => new Date(iso);

describe('skipReason', () => {
  it('calls a reachable client who consented, inside the window', () => {
    expect(
      skipReason(reachable, DEFAULT_REMINDER_SETTINGS, instalment, at('2026-12-08T10:00:00Z')),
    ).toBeNull();
  });

  it('keeps away from clients without a number, without consent (when it is required) or on do-not-call', () => {
    const settings = DEFAULT_REMINDER_SETTINGS;
    const when = at('2026-12-08T10:00:00Z');
    expect(skipReason({ ...reachable, phone: null }, settings, instalment, when)).toBe(
      'the client has no phone number',
    );
    expect(skipReason({ ...reachable, callConsent: false }, settings, instalment, when)).toBe(
      'no consent to automated calls',
    );
    expect(
      skipReason(
        { ...reachable, callConsent: false },
        { ...settings, consentRequired: false },
        instalment,
        when,
      ),
    ).toBeNull();
    expect(skipReason({ ...reachable, doNotCall: true }, settings, instalment, when)).toBe('do not call');
  });

  it('does not remind of an appointment the call window opens only after', () => {
    const settings = DEFAULT_REMINDER_SETTINGS;
    expect(skipReason(reachable, settings, appointment, at('2026-12-03T08:00:00Z'))).toBeNull();
    expect(skipReason(reachable, settings, appointment, at('2026-12-03T09:00:00Z'))).toBe(
      'the call window opens only after the task is due',
    );
    expect(skipReason(reachable, settings, appointment, null)).toBe('the call window has no weekday');
  });
});

describe('reminder candidates', () => {
  it('remember what is left of the instalment as a decimal, and the occasion as its due date or time', () => {
    expect(instalment).toMatchObject({
      kind: 'instalmentDue',
      subject: 'i-1',
      occasion: '2026-12-10',
      facts: {
        kind: 'instalmentDue',
        due: '2026-12-10',
        amount: '600.50',
        currency: 'UAH',
        orderNumber: '2026-000123',
      },
    });
    expect(appointment).toMatchObject({
      occasion: '2026-12-03T09:00:00.000Z',
      facts: { title: 'Kitchen measurement' },
    });
  });
});
