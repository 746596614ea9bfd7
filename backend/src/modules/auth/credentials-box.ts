/**
 * The lines of the framed notice that shows the first administrator's password. Every line is
 * padded to the longest one, so the right border stays straight for a login or password of any length.
 */
export function credentialsBox(login: string, password: string): string[] {
  const lines = [
    'First start: an administrator account was created.',
    `Login: ${login}`,
    `Password: ${password}`,
    'It is shown only this once; change it after logging in.',
  ];
  const width = Math.max(...lines.map((line) => line.length));
  const rule = '─'.repeat(width + 2);
  return [`┌${rule}┐`, ...lines.map((line) => `│ ${line.padEnd(width)} │`), `└${rule}┘`];
}
