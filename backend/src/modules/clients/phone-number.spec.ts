import { toE164 } from './phone-number';

describe('toE164', () => {
  it.each([
    ['067 123 45 67', '+380671234567'],
    ['(067) 123-45-67', '+380671234567'],
    ['+380 67 123 45 67', '+380671234567'],
    ['380671234567', '+380671234567'],
    ['+7 916 123-45-67', '+79161234567'],
    ['+374 10 123456', '+37410123456'],
    ['+44 20 7946 0958', '+442079460958'],
  ])('reads %s as %s in Ukraine', (input, expected) => {
    expect(toE164(input, 'UA')).toBe(expected);
  });

  it('reads a national number in the configured region', () => {
    expect(toE164('8 (916) 123-45-67', 'RU')).toBe('+79161234567');
  });

  it.each(['12', 'call me', '067 123'])('refuses %s', (input) => {
    expect(toE164(input, 'UA')).toBeNull();
  });
});
