import { OrderStage, User } from '@switchboard/contracts';

/** A valid API user; override what a test cares about. */
export function aUser(overrides: Partial<User> = {}): User {
  return {
    id: 'u-1',
    login: 'anna',
    displayName: 'Anna Operator',
    role: 'operator',
    extension: '1001',
    active: true,
    language: 'en',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...overrides,
  };
}

/** A funnel stage; override what a test cares about. */
export function aStage(overrides: Partial<OrderStage> = {}): OrderStage {
  return {
    id: 'stage-paid',
    key: 'paid',
    name: 'Paid',
    nameTranslations: { ru: 'Оплачен', uk: 'Оплачено' },
    position: 4,
    color: '#81c784',
    won: false,
    lost: false,
    nextStep: 'Arrange the delivery',
    nextStepTranslations: { uk: 'Організувати доставку' },
    automation: null,
    ...overrides,
  };
}
