import { Debtor } from '@switchboard/contracts';
import { stringify } from 'csv-stringify/sync';
import { neutralizeFormula } from '../../core/csv/formula-cells';

const COLUMNS: { title: string; value: (debtor: Debtor) => string }[] = [
  { title: 'Client', value: (debtor) => debtor.client.displayName },
  { title: 'Phone', value: (debtor) => debtor.phone?.e164 ?? '' },
  { title: 'Debt', value: (debtor) => debtor.debt },
  { title: 'Overdue', value: (debtor) => debtor.overdue },
  { title: 'Currency', value: (debtor) => debtor.currency },
  { title: 'Orders', value: (debtor) => String(debtor.orders) },
  { title: 'Last payment', value: (debtor) => debtor.lastPayment?.amount ?? '' },
  { title: 'Last payment date', value: (debtor) => debtor.lastPayment?.paidAt ?? '' },
];

/** The debtors as CSV with a BOM, so Excel reads the Cyrillic names as UTF-8, and no cell runs as a formula. */
export function debtorsCsv(debtors: Debtor[]): string {
  const rows = debtors.map((debtor) => COLUMNS.map((column) => neutralizeFormula(column.value(debtor))));
  return stringify(rows, { bom: true, header: true, columns: COLUMNS.map((column) => column.title) });
}
