import { CallerFacts } from './caller-facts';
import { answerText, menuText } from './spoken-texts';

const facts = (overrides: Partial<CallerFacts> = {}): CallerFacts => ({
  clientId: 'c-1',
  category: null,
  language: 'uk',
  currency: 'UAH',
  latestOrderStage: 'Доставка',
  debtMinor: 125050,
  overdueMinor: 20000,
  nextDue: '2026-03-15',
  bonusMinor: 4200,
  ...overrides,
});

describe('the self-service sentences', () => {
  it('offers every choice with its digit in each language', () => {
    for (const language of ['en', 'ru', 'uk'] as const) {
      expect(menuText(language)).toMatch(/1.*2.*3.*0/s);
    }
  });

  it('says the debt with what is overdue and the next due date, as numbers in words', () => {
    expect(answerText('debt', facts())).toBe(
      'Ваш борг становить 1250 гривень 50 копійок. З них прострочено 200 гривень. Наступний платіж до 15 березня.',
    );
    expect(answerText('debt', facts({ language: 'en', overdueMinor: 0, nextDue: null }))).toBe(
      'Your debt is 1250 hryvnias 50 kopiykas.',
    );
    expect(answerText('debt', facts({ language: 'ru', debtMinor: 0 }))).toBe('У вас нет задолженности.');
  });

  it("says the latest order's stage and the bonus balance", () => {
    expect(answerText('order', facts())).toBe('Ваше останнє замовлення на етапі: Доставка.');
    expect(answerText('order', facts({ language: 'en', latestOrderStage: null }))).toBe(
      'You have no open orders.',
    );
    expect(answerText('bonus', facts({ language: 'ru' }))).toBe('Ваш бонусный баланс составляет 42 гривны.');
  });
});
