import { clientTimeZone, isTimeZone } from './client-time-zone';

describe('clientTimeZone', () => {
  it('takes the zone of a place the address names', () => {
    expect(clientTimeZone({ addresses: ['г. Новосибирск, ул. Ленина 1'], e164: '+79130000000' }, 'UTC')).toBe(
      'Asia/Novosibirsk',
    );
    expect(
      clientTimeZone({ addresses: [null, 'Vladivostok, Svetlanskaya 5'], e164: '+79140000000' }, 'UTC'),
    ).toBe('Asia/Vladivostok');
  });

  it('does not read Tomsk as Omsk', () => {
    expect(clientTimeZone({ addresses: ['Томск, пр. Ленина 30'], e164: '+79000000000' }, 'UTC')).toBe(
      'Asia/Novosibirsk',
    );
    expect(clientTimeZone({ addresses: ['Омск, ул. Мира 5'], e164: '+79000000000' }, 'UTC')).toBe(
      'Asia/Omsk',
    );
  });

  it("falls back to the number's country", () => {
    expect(clientTimeZone({ addresses: ['Київ, Хрещатик 1'], e164: '+380671234567' }, 'UTC')).toBe(
      'Europe/Kyiv',
    );
    expect(clientTimeZone({ addresses: [], e164: '+37491123456' }, 'UTC')).toBe('Asia/Yerevan');
    expect(clientTimeZone({ addresses: [], e164: '+74951234567' }, 'UTC')).toBe('Europe/Moscow');
    expect(clientTimeZone({ addresses: [], e164: '+77011234567' }, 'UTC')).toBe('Asia/Almaty');
  });

  it("takes the campaign's zone when neither tells", () => {
    expect(clientTimeZone({ addresses: ['Main street 1'], e164: '+12125550100' }, 'America/New_York')).toBe(
      'America/New_York',
    );
  });
});

describe('isTimeZone', () => {
  it('knows IANA zones', () => {
    expect(isTimeZone('Europe/Kyiv')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
  });
});
