import { User } from '@switchboard/contracts';

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
