import { Page } from 'playwright-core';
import { ADMIN } from '../signed-in';

/** The operator the softphone flows sign in as; the test phones are 2001 (caller) and 3001. */
export const AGENT = { login: 'agent', password: 'agent-password-1', extension: '1001' };

/** Creates the operator with extension 1001 through the API, as the admin would. */
export async function createAgent(productUrl: string): Promise<void> {
  const login = await fetch(`${productUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(ADMIN),
  });
  const { accessToken } = (await login.json()) as { accessToken: string };
  const created = await fetch(`${productUrl}/api/users`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${accessToken}` },
    body: JSON.stringify({ ...AGENT, displayName: 'Agent One', role: 'operator' }),
  });
  if (created.status !== 201) throw new Error(`creating the agent answered ${created.status}`);
}

/** Signs the agent in on the login page and waits for the console. */
export async function signInAgent(page: Page, productUrl: string): Promise<void> {
  await page.goto(productUrl);
  await page.locator('[data-testid="login-input"]').fill(AGENT.login);
  await page.locator('[data-testid="password-input"]').fill(AGENT.password);
  await page.locator('[data-testid="login-submit"]').click();
  await page.waitForURL(/\/console$/);
}
