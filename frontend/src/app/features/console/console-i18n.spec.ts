import { CALL_DIRECTIONS, CALL_DISPOSITIONS } from '@switchboard/contracts';

import en from '../../../../public/i18n/en.json';

describe('console translations', () => {
  it('names every call direction and disposition', () => {
    expect(Object.keys(en.callHistory.directions).sort()).toEqual([...CALL_DIRECTIONS].sort());
    expect(Object.keys(en.callHistory.dispositions).sort()).toEqual([...CALL_DISPOSITIONS].sort());
  });
});
