import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Page } from 'playwright-core';
import { ProductServer } from './product-server';
import { SignedInSession, signedInAsAdmin } from './signed-in';

describe('a person works with clients: creates, finds by phone in another format, edits, imports', () => {
  let session: SignedInSession;
  let product: ProductServer;
  let page: Page;

  const byTestId = (id: string) => page.locator(`[data-testid="${id}"]`);

  beforeAll(async () => {
    session = await signedInAsAdmin();
    ({ product, page } = session);
  });
  afterAll(() => session?.close());

  it('creates a person with a phone and lands on the card', async () => {
    await byTestId('nav-clients').click();
    await byTestId('clients-empty').waitFor();
    await byTestId('client-create').click();
    await byTestId('client-form-last-name').fill('Коваленко');
    await byTestId('client-form-first-name').fill('Олена');
    await byTestId('client-form-phone-0').fill('067 123 45 67');
    await byTestId('client-form-save').click();
    await byTestId('client-name').filter({ hasText: 'Коваленко Олена' }).waitFor();
    // Shown nationally once the page knows the home region.
    await byTestId('client-phone').filter({ hasText: '067 123 4567' }).waitFor();
  });

  it('finds the client by the number typed in another format', async () => {
    await page.goto(`${product.url}/clients`);
    await byTestId('clients-search').fill('+380671234567');
    await byTestId('client-row').filter({ hasText: 'Коваленко Олена' }).waitFor();
    expect(await byTestId('client-row').count()).toBe(1);
    await byTestId('clients-search').fill('Ковал');
    await byTestId('client-row').filter({ hasText: 'Коваленко Олена' }).waitFor();
    await byTestId('clients-search').fill('nobody-like-this');
    await byTestId('clients-empty').waitFor();
  });

  it('edits the client and sees the change on the card and in the history', async () => {
    await byTestId('clients-search').fill('4567');
    await byTestId('client-link').filter({ hasText: 'Коваленко Олена' }).click();
    await byTestId('client-edit').click();
    await byTestId('client-form-category').fill('vip');
    await byTestId('client-form-tag').fill('wine');
    await byTestId('client-form-tag').press('Enter');
    await byTestId('client-form-birth-date').fill('1/31/1990');
    await byTestId('client-form-save').click();
    await byTestId('client-category').filter({ hasText: 'vip' }).waitFor();
    expect(await byTestId('client-tag').textContent()).toContain('wine');

    await page.getByRole('tab', { name: 'History' }).click();
    await page.locator('[data-testid="history-entry"][data-kind="updated"]').waitFor();
    await byTestId('history-text').fill('Prefers calls after 6 pm');
    await byTestId('history-add').click();
    await page
      .locator('[data-testid="history-entry"][data-kind="note"]', { hasText: 'after 6 pm' })
      .waitFor();
  });

  it('reads back the birth date in the English order in the edit form', async () => {
    await byTestId('client-edit').click();
    await page.waitForFunction(
      () =>
        (document.querySelector('[data-testid="client-form-birth-date"]') as HTMLInputElement | null)
          ?.value === '1/31/1990',
    );
    await page.goBack();
  });

  it('adjusts the bonus balance with a reason and attaches a file', async () => {
    await page.getByRole('tab', { name: 'Bonuses' }).click();
    await byTestId('bonus-amount').fill('25');
    await byTestId('bonus-reason').fill('Birthday gift');
    await byTestId('bonus-adjust').click();
    await page.getByRole('tab', { name: 'Bonuses' }).click();
    await byTestId('bonus-balance').filter({ hasText: '25.00' }).waitFor();

    await page.getByRole('tab', { name: 'Documents' }).click();
    const file = join(tmpdir(), `passport-${Date.now()}.txt`);
    await writeFile(file, 'scan');
    await byTestId('client-attach').setInputFiles(file);
    await byTestId('client-attachment').filter({ hasText: 'passport-' }).waitFor();
  });

  it('narrows the registry from the filter bar, one removable chip per filter, in compact rows', async () => {
    await page.goto(`${product.url}/clients`);
    await byTestId('clients-filters-toggle').click();
    await byTestId('clients-filter-category').fill('vip');
    await byTestId('filter-chip').filter({ hasText: 'vip' }).waitFor();
    const row = byTestId('client-row').filter({ hasText: 'Коваленко Олена' });
    await row.waitFor();
    await byTestId('clients-filter-contact-from').fill('1/1/2099');
    await byTestId('filter-chip').filter({ hasText: 'Jan 1, 2099' }).waitFor();
    await byTestId('clients-empty').waitFor();
    await page.locator('[data-testid="filter-chip"][data-filter="lastContactFrom"] [matChipRemove]').click();
    await row.waitFor();
    expect(await byTestId('clients-filter-contact-from').inputValue()).toBe('');

    await byTestId('clients-density').click();
    await page.waitForFunction(() => {
      const height = document.querySelector('[data-testid="client-row"]')?.getBoundingClientRect().height;
      return height !== undefined && height <= 37;
    });
    await page.reload();
    await byTestId('client-row').first().waitFor();
    expect(await byTestId('clients-density').getAttribute('aria-pressed')).toBe('true');
  });

  it('warns about a duplicate phone before saving another client', async () => {
    await page.goto(`${product.url}/clients/new`);
    await byTestId('client-form-last-name').fill('Інша');
    await byTestId('client-form-phone-0').fill('0671234567');
    await byTestId('client-form-save').click();
    await byTestId('duplicate-match').filter({ hasText: 'Коваленко Олена' }).waitFor();
    await byTestId('duplicate-save-anyway').click();
    await byTestId('client-name').filter({ hasText: 'Інша' }).waitFor();
  });

  it('imports a CSV with a bad row and reports it', async () => {
    const file = join(tmpdir(), `clients-${Date.now()}.csv`);
    await writeFile(
      file,
      'Name;Phone;Email\nБойко Ірина;050 111 22 33;ira@example.com\nШевченко Тарас;not a phone;\n',
    );
    await page.goto(`${product.url}/clients/import`);
    await byTestId('import-file').setInputFiles(file);
    await byTestId('import-start').click();
    await byTestId('import-result').filter({ hasText: /1\D+1/ }).waitFor();
    expect((await byTestId('import-error-field').textContent())?.trim()).toBe('Phone');
    await page.goto(`${product.url}/clients`);
    await byTestId('clients-search').fill('0501112233');
    await byTestId('client-row').filter({ hasText: 'Бойко Ірина' }).waitFor();
  });
});
