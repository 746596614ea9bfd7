import { readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Page } from 'playwright-core';
import { ProductServer } from './product-server';
import { SignedInSession, signedInAsAdmin } from './signed-in';

describe('an admin adds a custom client field, then imports clients that fill it', () => {
  let session: SignedInSession;
  let product: ProductServer;
  let page: Page;

  const byTestId = (id: string) => page.locator(`[data-testid="${id}"]`);
  /** A dialog moves focus to its first field once it has opened; typing before that lands in the wrong box. */
  const dialogSettled = (firstFieldTestId: string) =>
    page.waitForFunction(
      (id) => document.activeElement?.getAttribute('data-testid') === id,
      firstFieldTestId,
    );

  beforeAll(async () => {
    session = await signedInAsAdmin();
    ({ product, page } = session);
  });
  afterAll(() => session?.close());

  it('creates the choice field "loyalty" with three options on the client fields page', async () => {
    await byTestId('nav-admin').click();
    await byTestId('admin-tab-client-fields').click();
    await byTestId('field-create').click();
    await dialogSettled('field-key');
    await byTestId('field-key').fill('loyalty');
    await byTestId('field-label').fill('Loyalty');
    await byTestId('field-type').click();
    await page.getByRole('option', { name: 'Choice' }).click();
    for (const option of ['bronze', 'silver', 'gold']) {
      await byTestId('field-options').fill(option);
      await byTestId('field-options').press('Enter');
    }
    await byTestId('field-option').filter({ hasText: 'gold' }).waitFor();
    expect(await byTestId('field-option').allTextContents()).toEqual([
      expect.stringContaining('bronze'),
      expect.stringContaining('silver'),
      expect.stringContaining('gold'),
    ]);
    await byTestId('field-save').click();
    await byTestId('field-row').filter({ hasText: 'bronze, silver, gold' }).waitFor();
    expect(await byTestId('field-row').filter({ hasText: 'loyalty' }).textContent()).toContain('Choice');
  });

  it('imports a CSV with the columns mapped, reports the bad phone and hands out the rejected row', async () => {
    const file = join(tmpdir(), `loyalty-${Date.now()}.csv`);
    await writeFile(
      file,
      [
        'Name;Phone;Email;Loyalty',
        'Бойко Ірина;050 111 22 33;ira@example.com;gold',
        'Шевченко Тарас;not a phone;taras@example.com;silver',
        'Коваль Олена;067 222 33 44;olena@example.com;bronze',
        '',
      ].join('\n'),
    );
    await page.goto(`${product.url}/clients`);
    await byTestId('clients-import').click();
    await byTestId('import-step-file').waitFor();
    await byTestId('import-file').setInputFiles(file);
    await rm(file);

    await byTestId('import-summary').filter({ hasText: '3' }).waitFor();
    expect(await byTestId('import-sample-row').count()).toBe(3);
    const mapped = { Name: 'Full name', Phone: 'Phone', Email: 'Email', Loyalty: 'Loyalty' };
    for (const [column, field] of Object.entries(mapped)) {
      expect(await byTestId(`import-map-${column}`).textContent()).toContain(field);
    }
    // The suggestion is a guess: set one column by hand as a person would.
    await byTestId('import-map-Loyalty').click();
    await byTestId('import-target-custom:loyalty').click();
    await byTestId('import-start').click();

    await byTestId('import-created').filter({ hasText: '2' }).waitFor();
    expect((await byTestId('import-rejected-count').textContent())?.trim()).toBe('1');
    expect(await byTestId('import-error-row').count()).toBe(1);
    // The header is row 1, so Taras is row 3.
    expect((await byTestId('import-error-line').textContent())?.trim()).toBe('3');
    expect((await byTestId('import-error-field').textContent())?.trim()).toBe('Phone');
    // The reason in the user's language (English here), from the code the server sent with it.
    expect((await byTestId('import-error-reason').textContent())?.trim()).toBe('The format is not valid.');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      byTestId('import-rejected').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^rejected-loyalty-\d+\.csv$/);
    const rejected = await readFile((await download.path()) as string, 'utf8');
    expect(rejected).toContain('Шевченко Тарас');
    expect(rejected).toContain('error');
    expect(rejected).not.toContain('Бойко Ірина');

    await byTestId('import-back-to-clients').click();
    await page.waitForURL(/\/clients$/);
    await byTestId('clients-search').fill('0672223344');
    await byTestId('client-row').filter({ hasText: 'Коваль Олена' }).waitFor();
    await byTestId('client-link').filter({ hasText: 'Коваль Олена' }).click();
    await page.getByText('bronze', { exact: true }).waitFor();
  });
});
