import { CALL_DIRECTIONS, CALL_DISPOSITIONS } from '@switchboard/contracts';

import en from '../../../../public/i18n/en.json';
import ru from '../../../../public/i18n/ru.json';
import uk from '../../../../public/i18n/uk.json';

const NAMESPACES = ['console', 'pops', 'wrapUp', 'agentStatus', 'callHistory', 'consoleSettings'] as const;

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

describe('console translations', () => {
  it('has the same keys in English, Russian and Ukrainian', () => {
    for (const namespace of NAMESPACES) {
      expect(keys(ru[namespace]).sort()).toEqual(keys(en[namespace]).sort());
      expect(keys(uk[namespace]).sort()).toEqual(keys(en[namespace]).sort());
    }
  });

  it('names every call direction and disposition', () => {
    expect(Object.keys(en.callHistory.directions).sort()).toEqual([...CALL_DIRECTIONS].sort());
    expect(Object.keys(en.callHistory.dispositions).sort()).toEqual([...CALL_DISPOSITIONS].sort());
  });
});
