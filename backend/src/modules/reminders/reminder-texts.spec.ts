import { reminderText } from './reminder-texts';

describe('reminderText', () => {
  const instalment = {
    kind: 'instalmentDue' as const,
    due: '2026-12-10',
    amount: '1250.50',
    currency: 'UAH',
    orderNumber: '2026-000123',
  };

  it('says the amount, the order and the due date, then the keys, in the client language', () => {
    expect(reminderText(instalment, 'uk', 'Europe/Kyiv')).toBe(
      'Добрий день, нагадуємо: 10 грудня потрібно сплатити 1250 гривень 50 копійок за замовленням 2026-000123. ' +
        'Натисніть 1, щоб підтвердити, 2, щоб поговорити з оператором, 3, щоб перенести.',
    );
    expect(reminderText({ ...instalment, kind: 'instalmentOverdue' }, 'en', 'UTC')).toContain(
      'was due on 10 December and has not arrived yet. Press 1 to confirm, 2 to talk to an operator, 3 to move it.',
    );
  });

  it("says a task's day and time in the client's zone", () => {
    const task = { kind: 'task' as const, due: '2026-12-10T07:30:00.000Z', title: 'Кухня: замер' };
    expect(reminderText(task, 'ru', 'Europe/Moscow')).toMatch(
      /^Здравствуйте, напоминаем: Кухня: замер, 10 декабря в 10:30\. Нажмите 1/,
    );
  });
});
