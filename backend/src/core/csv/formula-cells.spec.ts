import { neutralizeFormula, restoreFormula } from './formula-cells';

describe('formula cells', () => {
  it('writes cells a spreadsheet would run as text', () => {
    for (const cell of [
      '=HYPERLINK("http://evil.example","x")',
      '+cmd|/C calc!A0',
      '-2+3',
      '@SUM(A1)',
      '\t=1',
      '\r=1',
    ]) {
      expect(neutralizeFormula(cell)).toBe(`'${cell}`);
    }
  });

  it('leaves text, numbers and phone numbers alone', () => {
    for (const cell of ['Olena', '+380 67 123 45 67', '+380671234567', '-5', '(067) 123-45-67', '', 'a=b']) {
      expect(neutralizeFormula(cell)).toBe(cell);
    }
  });

  it('takes its own apostrophe off when the file comes back, and nothing else', () => {
    expect(restoreFormula(neutralizeFormula('=1+1'))).toBe('=1+1');
    expect(restoreFormula("'quoted")).toBe("'quoted");
    expect(restoreFormula('Olena')).toBe('Olena');
  });
});
