import { Browser, Page } from 'playwright-core';
import { launchChromium } from './browser';
import { ProductServer, startProduct } from './product-server';

const ADMIN = { login: 'admin', password: 'e2e-admin-password' };

describe('a person logs in, switches the language and manages users', () => {
  let product: ProductServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    product = await startProduct(ADMIN);
    browser = await launchChromium();
    page = await browser.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await product?.stop();
  });

  const byTestId = (id: string) => page.locator(`[data-testid="${id}"]`);
  /** A dialog moves focus to its first field once it has opened; typing before that lands in the wrong box. */
  const dialogSettled = (firstFieldTestId: string) =>
    page.waitForFunction(
      (id) => document.activeElement?.getAttribute('data-testid') === id,
      firstFieldTestId,
    );

  it('shows a clear error for a wrong password, then logs in to the console', async () => {
    await page.goto(product.url);
    await byTestId('login-input').fill(ADMIN.login);
    await byTestId('password-input').fill('not-the-password');
    await byTestId('login-submit').click();
    await byTestId('login-error').waitFor();
    expect(await byTestId('login-error').textContent()).toMatch(/wrong/i);

    await byTestId('password-input').fill(ADMIN.password);
    await byTestId('password-input').press('Enter');
    await page.waitForURL(/\/console$/);
    await byTestId('calls-empty').waitFor();
    for (const section of ['console', 'clients', 'orders', 'supervisor', 'reports', 'admin']) {
      expect(await byTestId(`nav-${section}`).isVisible()).toBe(true);
    }
  });

  it('switches the language at runtime and keeps it after a reload', async () => {
    expect(await byTestId('nav-clients').textContent()).toContain('Clients');
    await byTestId('language-menu').click();
    await byTestId('language-ru').click();
    await page.waitForFunction(() =>
      document.querySelector('[data-testid="nav-clients"]')?.textContent?.includes('Клиенты'),
    );

    await page.reload();
    await byTestId('nav-clients').waitFor();
    await page.waitForFunction(() =>
      document.querySelector('[data-testid="nav-clients"]')?.textContent?.includes('Клиенты'),
    );
  });

  it('creates an operator who then sees only the operator sections', async () => {
    await byTestId('nav-admin').click();
    await byTestId('user-create').click();
    await dialogSettled('user-form-login');
    await byTestId('user-form-login').fill('oksana');
    await byTestId('user-form-display-name').fill('Oksana Operator');
    await byTestId('user-form-password').fill('oksana-pass-1');
    await byTestId('user-form-extension').fill('1001');
    await byTestId('user-form-save').click();
    await page.locator('[data-testid="user-row"]', { hasText: 'oksana' }).waitFor();

    await byTestId('user-menu').click();
    await byTestId('logout').click();
    await byTestId('login-input').fill('oksana');
    await byTestId('password-input').fill('oksana-pass-1');
    await byTestId('login-submit').click();
    await page.waitForURL(/\/console$/);
    expect(await byTestId('nav-orders').isVisible()).toBe(true);
    expect(await byTestId('nav-admin').count()).toBe(0);
    expect(await byTestId('nav-supervisor').count()).toBe(0);
  });

  it('shows an admin where a user is signed in, and signing out everywhere ends every browser of theirs', async () => {
    const signIn = async (login: string, password: string): Promise<Page> => {
      const other = await (await browser.newContext()).newPage();
      await other.goto(product.url);
      await other.locator('[data-testid="login-input"]').fill(login);
      await other.locator('[data-testid="password-input"]').fill(password);
      await other.locator('[data-testid="login-submit"]').click();
      await other.waitForURL(/\/(console|clients)$/);
      return other;
    };
    const secondBrowser = await signIn('oksana', 'oksana-pass-1');
    const admin = await signIn(ADMIN.login, ADMIN.password);
    await admin.goto(`${product.url}/admin/users`);
    await admin.getByRole('button', { name: /Oksana Operator/ }).click();
    await admin.locator('[data-testid="user-sessions-open"]').click();
    // Oksana is signed in here and in the second browser.
    await admin.locator('[data-testid="user-session-row"]').nth(1).waitFor();
    expect(await admin.locator('[data-testid="user-session-row"]').count()).toBe(2);
    await admin.keyboard.press('Escape');

    await byTestId('user-menu').click();
    await byTestId('logout-everywhere').click();
    await page.waitForURL(/\/login$/);
    await secondBrowser.waitForURL(/\/login$/);
    await secondBrowser.getByText('You were signed out everywhere.').waitFor();

    await admin.getByRole('button', { name: /Oksana Operator/ }).click();
    await admin.locator('[data-testid="user-sessions-open"]').click();
    await admin.locator('[data-testid="user-sessions-empty"]').waitFor();
  });
});
