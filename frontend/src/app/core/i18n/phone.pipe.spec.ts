import { displayPhone } from './phone.pipe';

describe('displayPhone', () => {
  it('writes home-region numbers nationally however they were stored', () => {
    expect(displayPhone('+380671234567', 'UA')).toBe('067 123 4567');
    expect(displayPhone('067-123-45-67', 'UA')).toBe('067 123 4567');
    expect(displayPhone('+380 44 333 22 11', 'UA')).toBe('044 333 2211');
  });

  it('writes numbers of other countries, or all before the region is known, internationally', () => {
    expect(displayPhone('+37491234567', 'UA')).toBe('+374 91 234567');
    expect(displayPhone('+380671234567', null)).toBe('+380 67 123 4567');
  });

  it('leaves what is not a phone number as it was typed', () => {
    expect(displayPhone('ext. 12', 'UA')).toBe('ext. 12');
    expect(displayPhone('anonymous', 'UA')).toBe('anonymous');
  });
});
