import { credentialsBox } from './credentials-box';

describe('credentialsBox', () => {
  it.each([
    ['admin', 'Zq3-vT8xLm1pR0aY'],
    ['a', 'p'],
    ['operator-with-a-very-long-login-name-that-exceeds-the-text', 'short'],
  ])('draws every line of the box to one width (login %s)', (login, password) => {
    const box = credentialsBox(login, password);

    expect(new Set(box.map((line) => line.length)).size).toBe(1);
    expect(box).toContain(`│ ${`Login: ${login}`.padEnd(box[0].length - 4)} │`);
    expect(box.some((line) => line.includes(`Password: ${password} `))).toBe(true);
  });

  it('closes the frame on both sides', () => {
    const box = credentialsBox('admin', 'secret');

    expect(box[0]).toMatch(/^┌─+┐$/);
    expect(box[box.length - 1]).toMatch(/^└─+┘$/);
    expect(box.slice(1, -1).every((line) => line.startsWith('│ ') && line.endsWith(' │'))).toBe(true);
  });
});
