import { formatMoney, formatScaled, mulDiv, parseMoney, parseScaled } from './money';

describe('money', () => {
  it.each([
    ['1250', 125000],
    ['1250.5', 125050],
    ['1250.05', 125005],
    [' 0.99 ', 99],
    [12.3, 1230],
    ['-10.00', -1000],
  ])('reads %p as %p minor units', (input, minor) => {
    expect(parseMoney(input)).toBe(minor);
  });

  it.each(['1,50', '1.005', 'abc', '', '1e3', '--1'])('refuses %p', (input) => {
    expect(parseMoney(input)).toBeNull();
  });

  it('writes two fraction digits', () => {
    expect([125000, 5, -1050, 0].map(formatMoney)).toEqual(['1250.00', '0.05', '-10.50', '0.00']);
  });

  it('reads and writes scaled decimals such as quantities', () => {
    expect(parseScaled('1.5', 3)).toBe(1500);
    expect(parseScaled('2', 3)).toBe(2000);
    expect(parseScaled('0.0005', 3)).toBeNull();
    expect(formatScaled(1500, 3)).toBe('1.5');
    expect(formatScaled(2000, 3)).toBe('2');
  });

  it('rounds half away from zero, without floating point', () => {
    expect(mulDiv(1, 5, 10)).toBe(1);
    expect(mulDiv(1, 4, 10)).toBe(0);
    expect(mulDiv(-1, 5, 10)).toBe(-1);
    // 0.1 + 0.2 style traps: 3 x 33.33 = 99.99 exactly
    expect(mulDiv(3000, 3333, 1000)).toBe(9999);
    expect(mulDiv(999_999_999, 999_999_999, 1000)).toBe(999_999_998_000_000);
  });
});
