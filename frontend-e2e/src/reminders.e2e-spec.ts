import { Page } from 'playwright-core';
import { ProductServer } from './product-server';
import { SignedInSession, signedInAsAdmin } from './signed-in';

describe('an admin sets up reminder calls', () => {
  let session: SignedInSession;
  let product: ProductServer;
  let page: Page;

  const byTestId = (id: string) => page.locator(`[data-testid="${id}"]`);

  beforeAll(async () => {
    session = await signedInAsAdmin();
    ({ product, page } = session);
  });
  afterAll(() => session?.close());

  it('turns on instalment reminders, is stopped by a number out of range, and finds the saved rules again', async () => {
    await byTestId('nav-admin').click();
    await byTestId('admin-tab-reminders').click();
    await byTestId('reminder-settings').waitFor();
    await byTestId('reminders-due-enabled').locator('input').check();
    await byTestId('reminders-days-before').fill('4');
    await byTestId('reminders-max-attempts').fill('0');
    await byTestId('reminders-save').click();
    await page.getByText('A whole number from 1 to 10.').waitFor();
    await byTestId('reminders-max-attempts').fill('2');
    await byTestId('reminders-queue').fill('sales');
    await byTestId('reminders-save').click();
    await page.getByText('Reminder settings saved').waitFor();

    await page.goto(`${product.url}/admin/reminders`);
    await byTestId('reminder-settings').waitFor();
    expect(await byTestId('reminders-due-enabled').locator('input').isChecked()).toBe(true);
    expect(await byTestId('reminders-days-before').inputValue()).toBe('4');
    expect(await byTestId('reminders-max-attempts').inputValue()).toBe('2');
    expect(await byTestId('reminders-queue').inputValue()).toBe('sales');
    expect(await byTestId('reminders-overdue-enabled').locator('input').isChecked()).toBe(false);
  });
});
