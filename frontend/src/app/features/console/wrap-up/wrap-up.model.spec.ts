import { WrapUpFormValue, toWrapUpRequest, wrapUpFieldErrors } from './wrap-up.model';

const value: WrapUpFormValue = {
  code: 'sale',
  note: '  called about delivery ',
  followUp: false,
  followUpTitle: '',
  followUpDue: null,
  followUpDueTime: null,
  orderId: '',
};

describe('the wrap-up form model', () => {
  it('sends the code and the trimmed note, and leaves out an unchecked follow-up', () => {
    expect(toWrapUpRequest(value)).toEqual({
      code: 'sale',
      note: 'called about delivery',
      followUp: null,
      orderId: null,
    });
  });

  it('sends a follow-up with its due time and the linked order', () => {
    const request = toWrapUpRequest({
      ...value,
      note: ' ',
      followUp: true,
      followUpTitle: 'Call back',
      followUpDue: new Date(2026, 1, 1),
      followUpDueTime: new Date(2000, 0, 1, 10, 30),
      orderId: 'o-1',
    });
    expect(request).toMatchObject({ note: null, orderId: 'o-1', followUp: { title: 'Call back' } });
    expect(request.followUp?.dueAt).toBe(new Date('2026-02-01T10:30').toISOString());
  });

  it('puts server field errors on their controls and the rest on the form', () => {
    expect(
      wrapUpFieldErrors([
        { field: 'code', reason: 'unknown code' },
        { field: 'followUp.title', reason: 'must not be empty' },
        { field: 'other', reason: 'odd' },
      ]),
    ).toEqual({ code: 'unknown code', followUpTitle: 'must not be empty', form: 'odd' });
  });
});
