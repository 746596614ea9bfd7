import { settingsFieldErrors, toSettingsRequest } from './console-settings.model';

describe('the console settings form model', () => {
  it('sends trimmed codes and a number or null for the wrap-up limit', () => {
    const value = {
      pauseReasons: ['Lunch'],
      dispositionCodes: [{ code: ' sale ', label: ' Sale ' }],
      wrapUpSeconds: ' 30 ',
      tellAgentWhenMonitored: true,
    };
    expect(toSettingsRequest(value)).toEqual({
      pauseReasons: ['Lunch'],
      dispositionCodes: [{ code: 'sale', label: 'Sale' }],
      wrapUpSeconds: 30,
      tellAgentWhenMonitored: true,
    });
    expect(toSettingsRequest({ ...value, wrapUpSeconds: '' }).wrapUpSeconds).toBeNull();
  });

  it('places server errors on the row and field they name', () => {
    expect(
      settingsFieldErrors([
        { field: 'dispositionCodes.1.code', reason: 'bad code' },
        { field: 'dispositionCodes', reason: 'must not repeat a code' },
        { field: 'pauseReasons.0', reason: 'must not be empty' },
        { field: 'wrapUpSeconds', reason: 'must be 5 seconds or more' },
      ]),
    ).toEqual({
      'dispositionCodes.1.code': 'bad code',
      dispositionCodes: 'must not repeat a code',
      pauseReasons: 'must not be empty',
      wrapUpSeconds: 'must be 5 seconds or more',
    });
  });
});
