import { Browser, Page } from 'playwright-core';
import { launchChromium } from './browser';
import { ProductServer, startProduct } from './product-server';

export const ADMIN = { login: 'admin', password: 'e2e-admin-password' };

export interface SignedInSession {
  product: ProductServer;
  browser: Browser;
  page: Page;
  /** The admin's bearer token, for setting data up through the API. */
  token: string;
  close: () => Promise<void>;
}

/** The built product on its own database, and Chromium signed in as the admin on the console. */
export async function signedInAsAdmin(): Promise<SignedInSession> {
  const product = await startProduct(ADMIN);
  const response = await fetch(`${product.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(ADMIN),
  });
  const { accessToken } = (await response.json()) as { accessToken: string };
  const browser = await launchChromium();
  const page = await browser.newPage();
  await page.goto(product.url);
  await page.locator('[data-testid="login-input"]').fill(ADMIN.login);
  await page.locator('[data-testid="password-input"]').fill(ADMIN.password);
  await page.locator('[data-testid="login-submit"]').click();
  await page.waitForURL(/\/console$/);
  return {
    product,
    browser,
    page,
    token: accessToken,
    close: async () => {
      await browser.close();
      await product.stop();
    },
  };
}
