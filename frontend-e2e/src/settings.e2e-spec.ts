import { Page } from 'playwright-core';
import { ProductServer } from './product-server';
import { SignedInSession, signedInAsAdmin } from './signed-in';

describe('an admin configures client fields, the funnel, document templates and self-service routing', () => {
  let session: SignedInSession;
  let product: ProductServer;
  let page: Page;

  const byTestId = (id: string) => page.locator(`[data-testid="${id}"]`);

  beforeAll(async () => {
    session = await signedInAsAdmin();
    ({ product, page } = session);
  });
  afterAll(() => session?.close());

  it('adds a choice field that the client form and card then show', async () => {
    await byTestId('nav-admin').click();
    await byTestId('admin-tab-client-fields').click();
    await byTestId('field-create').click();
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'field-key');
    await byTestId('field-key').fill('loyalty');
    await byTestId('field-label').fill('Loyalty');
    await byTestId('field-type').click();
    await page.getByRole('option', { name: 'Choice' }).click();
    await byTestId('field-options').fill('bronze, silver, gold');
    await byTestId('field-save').click();
    await byTestId('field-row').filter({ hasText: 'bronze, silver, gold' }).waitFor();

    await page.goto(`${product.url}/clients/new`);
    await byTestId('client-form-last-name').fill('Петренко');
    await byTestId('client-form-custom-loyalty').click();
    await page.getByRole('option', { name: 'gold' }).click();
    await byTestId('client-form-save').click();
    await byTestId('client-name').filter({ hasText: 'Петренко' }).waitFor();
    await page.getByText('gold', { exact: true }).waitFor();
  });

  it('renames a funnel stage and refuses a template that does not compile', async () => {
    await page.goto(`${product.url}/admin/stages`);
    await page
      .getByRole('row', { name: /Negotiation/ })
      .getByRole('button')
      .click();
    await byTestId('stage-name').fill('Talks');
    await byTestId('stage-save').click();
    await page.getByRole('row', { name: /Talks/ }).waitFor();

    await page.goto(`${product.url}/admin/templates`);
    await byTestId('template-body').fill('{{#if}}');
    await byTestId('template-save').click();
    await page.getByRole('alert').filter({ hasText: 'syntax error' }).waitFor();
  });

  it('sends debtors to another queue and VIP clients ahead, and the rule is there after a reload', async () => {
    await page.goto(`${product.url}/admin`);
    await byTestId('admin-tab-self-service').click();
    await byTestId('debtors-queue').fill('collections');
    await byTestId('vip-priority').fill('5000');
    await byTestId('self-service-save').click();
    await page.getByText('A whole number from 0 to 1000.').waitFor();
    await byTestId('vip-priority').fill('10');
    await byTestId('vip-category-input').fill('wholesale');
    await byTestId('vip-category-input').press('Enter');
    await byTestId('self-service-save').click();
    await page.getByText('Self-service routing saved.').waitFor();

    await page.reload();
    await byTestId('debtors-queue').waitFor();
    expect(await byTestId('debtors-queue').inputValue()).toBe('collections');
    expect(await byTestId('vip-priority').inputValue()).toBe('10');
    await byTestId('self-service-vip').getByText('Wholesale').waitFor();
  });
});
