import { Currency, Language, ReminderFacts } from '@switchboard/contracts';
import { DateTime } from 'luxon';
import { spokenAmount, spokenDate } from '../selfservice/spoken-amounts';

interface Sentences {
  due: (amount: string, order: string, date: string) => string;
  overdue: (amount: string, order: string, date: string) => string;
  task: (title: string, date: string, time: string) => string;
  keys: string;
}

const TEXTS: Record<Language, Sentences> = {
  en: {
    due: (amount, order, date) =>
      `Hello, this is a reminder: a payment of ${amount} for order ${order} is due on ${date}.`,
    overdue: (amount, order, date) =>
      `Hello, this is a reminder: a payment of ${amount} for order ${order} was due on ${date} and has not arrived yet.`,
    task: (title, date, time) => `Hello, this is a reminder: ${title}, on ${date} at ${time}.`,
    keys: 'Press 1 to confirm, 2 to talk to an operator, 3 to move it.',
  },
  ru: {
    due: (amount, order, date) =>
      `Здравствуйте, напоминаем: ${date} нужно оплатить ${amount} по заказу ${order}.`,
    overdue: (amount, order, date) =>
      `Здравствуйте, напоминаем: платёж ${amount} по заказу ${order} ожидался ${date} и ещё не поступил.`,
    task: (title, date, time) => `Здравствуйте, напоминаем: ${title}, ${date} в ${time}.`,
    keys: 'Нажмите 1, чтобы подтвердить, 2, чтобы поговорить с оператором, 3, чтобы перенести.',
  },
  uk: {
    due: (amount, order, date) =>
      `Добрий день, нагадуємо: ${date} потрібно сплатити ${amount} за замовленням ${order}.`,
    overdue: (amount, order, date) =>
      `Добрий день, нагадуємо: платіж ${amount} за замовленням ${order} очікувався ${date} і ще не надійшов.`,
    task: (title, date, time) => `Добрий день, нагадуємо: ${title}, ${date} о ${time}.`,
    keys: 'Натисніть 1, щоб підтвердити, 2, щоб поговорити з оператором, 3, щоб перенести.',
  },
};

/** Decimal text (`1250.50`) to minor units, exactly. */
const minorOf = (amount: string) => {
  const [major, minor = ''] = amount.split('.');
  return Number(major) * 100 + Number(minor.padEnd(2, '0').slice(0, 2));
};

/**
 * What a reminder call says, in the client's language, then which keys do what: amounts as numbers with the
 * currency, dates as people say them, a task's time in the client's zone.
 */
export function reminderText(facts: ReminderFacts, language: Language, zone: string): string {
  const texts = TEXTS[language];
  if (facts.kind === 'task') {
    const local = DateTime.fromISO(facts.due, { zone });
    const said = texts.task(
      facts.title ?? '',
      spokenDate(local.toISODate() ?? '', language),
      local.toFormat('HH:mm'),
    );
    return `${said} ${texts.keys}`;
  }
  const amount = spokenAmount(minorOf(facts.amount ?? '0'), (facts.currency ?? 'UAH') as Currency, language);
  const sentence = facts.kind === 'instalmentDue' ? texts.due : texts.overdue;
  return `${sentence(amount, facts.orderNumber ?? '', spokenDate(facts.due, language))} ${texts.keys}`;
}
