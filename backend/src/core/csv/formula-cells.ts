/**
 * CSV injection (OWASP): a spreadsheet runs a cell that starts with `=`, `+`, `-`, `@`, a tab or a
 * carriage return as a formula. Such cells are written with a leading apostrophe, which spreadsheets show
 * as text. Numbers and phone numbers (`-5`, `+380 67 123 45 67`) are no formulas and stay as they are.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const NUMBER_OR_PHONE = /^[+-]?[\d\s().]+$/;

export function neutralizeFormula(cell: string): string {
  return FORMULA_START.test(cell) && !NUMBER_OR_PHONE.test(cell) ? `'${cell}` : cell;
}

/** Reading back a file we wrote (a corrected file of rejected rows): the apostrophe was ours. */
export function restoreFormula(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;
}
