import { HistoryEntry } from '@switchboard/contracts';

/** How the sentence writes the facts it carries; the component formats them in the interface language. */
export interface SentenceFormat {
  money(amount: string, currency: string): string;
  /** A day (`2026-12-10`) or a moment (an ISO time) as the interface writes it. */
  date(value: string): string;
  /** The translation of a key, or null when there is none (an admin-made stage, a field added later). */
  text(key: string): string | null;
}

/** A translation key and the values it fills in. */
export interface HistorySentence {
  key: string;
  params: Record<string, string>;
}

const PREFIX = 'clients.history.sentences.';

/** Fields whose label lives outside `clients.fields`. */
const FIELD_LABELS: Record<string, string> = {
  displayName: 'clients.columnNames.displayName',
  bankDetails: 'clients.form.requisites',
  customFields: 'clients.form.customFields',
};

const str = (value: unknown): string => (typeof value === 'string' ? value : '');

function orderSentence(data: HistoryEntry['data'], format: SentenceFormat): HistorySentence {
  const number = str(data['number']);
  const currency = str(data['currency']);
  const money = (field: string) => (currency ? format.money(str(data[field]), currency) : str(data[field]));
  const stage = (field: string) =>
    format.text(`clients.history.stages.${str(data[field])}`) ?? str(data[field]);
  switch (data['event']) {
    case 'created':
      return { key: `${PREFIX}orderCreated`, params: { number, total: money('total') } };
    case 'updated':
      return { key: `${PREFIX}orderUpdated`, params: { number } };
    case 'moved': {
      const params = { number, from: stage('from'), to: stage('to') };
      const automation = str(data['automation']);
      return automation
        ? {
            key: `${PREFIX}orderMovedBy`,
            params: { ...params, cause: format.text(`orders.move.automatic.${automation}`) ?? '' },
          }
        : { key: `${PREFIX}orderMoved`, params };
    }
    case 'payment_partial':
      return {
        key: `${PREFIX}paymentPartial`,
        params: { number, amount: money('amount'), debt: money('debt') },
      };
    case 'paid_in_full':
      return { key: `${PREFIX}paidInFull`, params: { number, amount: money('amount') } };
    // Written before payments told partial from full; such entries carry no currency.
    case 'paid':
      return { key: `${PREFIX}paymentRecorded`, params: { number, amount: money('amount') } };
    case 'refunded':
      return { key: `${PREFIX}refunded`, params: { number, amount: money('amount') } };
    default:
      return { key: `${PREFIX}orderChanged`, params: { number } };
  }
}

/** A reminder call's entry: what it reminded of, then the key the client pressed. */
function reminderSentence(data: HistoryEntry['data'], format: SentenceFormat): HistorySentence {
  const outcome = format.text(`clients.history.reminderOutcomes.${str(data['outcome'])}`) ?? '';
  const due = format.date(str(data['due']));
  if (data['kind'] === 'task') {
    return { key: `${PREFIX}reminderTask`, params: { title: str(data['title']), due, outcome } };
  }
  const key = data['kind'] === 'instalmentOverdue' ? 'reminderInstalmentOverdue' : 'reminderInstalmentDue';
  const amount = format.money(str(data['amount']), str(data['currency']));
  return { key: `${PREFIX}${key}`, params: { amount, due, order: str(data['orderNumber']), outcome } };
}

function changedFields(data: HistoryEntry['data'], format: SentenceFormat): HistorySentence {
  const fields = Array.isArray(data['fields']) ? (data['fields'] as unknown[]).map(str) : [];
  const labels = fields.map(
    (field) =>
      format.text(FIELD_LABELS[field] ?? `clients.fields.${field}`) ??
      format.text(`${PREFIX}otherField`) ??
      '',
  );
  return { key: `${PREFIX}updated`, params: { fields: [...new Set(labels)].join(', ') } };
}

/**
 * The sentence a timeline entry reads as, or null for entries whose own text says it all (notes,
 * meetings, messages) and for calls, which have their own view. Codes never reach the screen: an
 * unknown kind or event gets a general sentence.
 */
export function historySentence(entry: HistoryEntry, format: SentenceFormat): HistorySentence | null {
  const data = entry.data;
  switch (entry.kind) {
    case 'note':
    case 'meeting':
    case 'message':
    case 'call':
      return null;
    case 'order':
      return orderSentence(data, format);
    case 'status-change': {
      const status = (field: string) =>
        format.text(`clients.statuses.${str(data[field])}`) ?? str(data[field]);
      return { key: `${PREFIX}statusChanged`, params: { from: status('from'), to: status('to') } };
    }
    case 'document': {
      const kind = format.text(`orders.documents.kinds.${str(data['kind'])}`) ?? '';
      const params = { kind, number: str(data['number']), order: str(data['orderNumber']) };
      return { key: `${PREFIX}document`, params };
    }
    case 'created':
      return { key: data['importId'] ? `${PREFIX}imported` : `${PREFIX}created`, params: {} };
    case 'updated':
      return changedFields(data, format);
    case 'merged':
      return { key: `${PREFIX}merged`, params: { name: str(data['sourceName']) } };
    case 'deleted':
      return { key: `${PREFIX}deleted`, params: {} };
    case 'restored':
      return { key: `${PREFIX}restored`, params: {} };
    case 'reminder':
      return reminderSentence(data, format);
    default:
      return { key: `${PREFIX}other`, params: {} };
  }
}
