import { Language } from '@switchboard/contracts';
import { CallerFacts } from './caller-facts';
import { spokenAmount, spokenDate } from './spoken-amounts';

/** The menu's sentences in one language; amounts and dates arrive already in words. */
interface Texts {
  menu: string;
  toOperator: string;
  order: (stage: string) => string;
  noOrder: string;
  debt: (amount: string) => string;
  overdue: (amount: string) => string;
  nextDue: (date: string) => string;
  noDebt: string;
  bonus: (amount: string) => string;
}

const TEXTS: Record<Language, Texts> = {
  en: {
    menu:
      'Welcome to self-service. For the status of your latest order, press 1. ' +
      'For your debt and the next payment date, press 2. For your bonus balance, press 3. ' +
      'To speak to an operator, press 0.',
    toOperator: 'Connecting you to an operator.',
    order: (stage) => `Your latest order is at the stage: ${stage}.`,
    noOrder: 'You have no open orders.',
    debt: (amount) => `Your debt is ${amount}.`,
    overdue: (amount) => `${amount} of it is overdue.`,
    nextDue: (date) => `The next payment is due on ${date}.`,
    noDebt: 'You have no debt.',
    bonus: (amount) => `Your bonus balance is ${amount}.`,
  },
  uk: {
    menu:
      'Вітаємо в службі самообслуговування. Щоб дізнатися стан останнього замовлення, натисніть 1. ' +
      'Щоб дізнатися борг і дату наступного платежу, натисніть 2. Щоб дізнатися бонусний баланс, натисніть 3. ' +
      'Щоб поговорити з оператором, натисніть 0.',
    toOperator: "З'єднуємо з оператором.",
    order: (stage) => `Ваше останнє замовлення на етапі: ${stage}.`,
    noOrder: 'У вас немає відкритих замовлень.',
    debt: (amount) => `Ваш борг становить ${amount}.`,
    overdue: (amount) => `З них прострочено ${amount}.`,
    nextDue: (date) => `Наступний платіж до ${date}.`,
    noDebt: 'У вас немає боргу.',
    bonus: (amount) => `Ваш бонусний баланс становить ${amount}.`,
  },
  ru: {
    menu:
      'Добро пожаловать в службу самообслуживания. Чтобы узнать статус последнего заказа, нажмите 1. ' +
      'Чтобы узнать задолженность и дату следующего платежа, нажмите 2. Чтобы узнать бонусный баланс, нажмите 3. ' +
      'Чтобы поговорить с оператором, нажмите 0.',
    toOperator: 'Соединяем с оператором.',
    order: (stage) => `Ваш последний заказ на этапе: ${stage}.`,
    noOrder: 'У вас нет открытых заказов.',
    debt: (amount) => `Ваша задолженность составляет ${amount}.`,
    overdue: (amount) => `Из них просрочено ${amount}.`,
    nextDue: (date) => `Следующий платёж до ${date}.`,
    noDebt: 'У вас нет задолженности.',
    bonus: (amount) => `Ваш бонусный баланс составляет ${amount}.`,
  },
};

export type SpokenTopic = 'order' | 'debt' | 'bonus';

export const menuText = (language: Language): string => TEXTS[language].menu;
export const toOperatorText = (language: Language): string => TEXTS[language].toOperator;

/** The answer to one menu choice, from what is known about the caller. */
export function answerText(topic: SpokenTopic, facts: CallerFacts): string {
  const texts = TEXTS[facts.language];
  const amount = (minor: number) => spokenAmount(minor, facts.currency, facts.language);
  switch (topic) {
    case 'order':
      return facts.latestOrderStage ? texts.order(facts.latestOrderStage) : texts.noOrder;
    case 'bonus':
      return texts.bonus(amount(facts.bonusMinor));
    case 'debt': {
      if (facts.debtMinor <= 0) return texts.noDebt;
      const parts = [texts.debt(amount(facts.debtMinor))];
      if (facts.overdueMinor > 0) parts.push(texts.overdue(amount(facts.overdueMinor)));
      if (facts.nextDue) parts.push(texts.nextDue(spokenDate(facts.nextDue, facts.language)));
      return parts.join(' ');
    }
  }
}
