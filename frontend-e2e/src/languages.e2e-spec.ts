import { Page } from 'playwright-core';
import { ProductServer } from './product-server';
import { SignedInSession, signedInAsAdmin } from './signed-in';

/** Words the English pages show on the board, the order and the timeline; none may be left in ru or uk. */
const ENGLISH = [
  'Inquiry',
  'Negotiation',
  'Invoice sent',
  'Paid',
  'Delivered',
  'Total',
  'Debt',
  'Move to stage',
  'pcs',
  'moved',
  'paid_in_full',
  'payment_partial',
  'created',
  'invoice_sent',
];
const NUMERIC_DATE = /\b\d{2}\.\d{2}\.\d{2}(\d{2})?\b/;
const US_DATE = /\b\d{1,2}\/\d{1,2}\/\d{2,4}\b/;

describe('the board, an order and the timeline in Russian and Ukrainian', () => {
  let session: SignedInSession;
  let product: ProductServer;
  let page: Page;
  let clientId: string;
  let orderId: string;

  const api = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const response = await fetch(`${product.url}${path}`, {
      method,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${session.token}` },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  };

  /** The page's own text (not the language menu, which names every language in its own words). */
  const shownText = async (): Promise<string> =>
    (await page.locator('main, [role="main"], .content').first().innerText()).replace(/\s+/g, ' ');

  const englishLeft = (text: string): string[] =>
    ENGLISH.filter((word) => new RegExp(`(^|[^\\p{L}_])${word}($|[^\\p{L}_])`, 'u').test(text));

  beforeAll(async () => {
    session = await signedInAsAdmin();
    ({ product, page } = session);
    clientId = (
      await api<{ id: string }>('POST', '/api/clients', {
        kind: 'person',
        firstName: 'Олена',
        lastName: 'Шевченко',
        phones: [{ number: '067 765 43 21' }],
      })
    ).id;
    orderId = (
      await api<{ id: string }>('POST', '/api/orders', {
        clientId,
        items: [{ name: 'Стілець', quantity: 2, price: '1250.00', unit: 'pcs' }],
      })
    ).id;
    await api('POST', `/api/orders/${orderId}/stage`, {
      stage: 'invoice_sent',
      comment: 'Рахунок надіслано',
    });
    await api('POST', `/api/orders/${orderId}/payments`, { amount: '1000.00' });
  });
  afterAll(() => session?.close());

  for (const language of ['uk', 'ru'] as const) {
    it(`leaves no English and writes dates the ${language} way`, async () => {
      await api('PATCH', '/api/auth/me', { language });
      await page.goto(`${product.url}/orders`);
      await page.locator('[data-testid="order-card"]').first().waitFor();
      expect(englishLeft(await shownText())).toEqual([]);

      await page.goto(`${product.url}/orders/${orderId}`);
      await page.locator('[data-testid="order-total"]').waitFor();
      const order = await shownText();
      expect(englishLeft(order)).toEqual([]);
      expect(order).toMatch(NUMERIC_DATE);
      expect(order).not.toMatch(US_DATE);

      await page.goto(`${product.url}/clients/${clientId}`);
      await page.locator('[role="tab"]').nth(1).click();
      await page.locator('[data-testid="history-sentence"]').first().waitFor();
      const history = await shownText();
      expect(englishLeft(history)).toEqual([]);
      expect(history).toMatch(NUMERIC_DATE);
      expect(history).not.toMatch(US_DATE);
    });
  }
});
