import { signedInAsAdmin, SignedInSession } from './signed-in';

/** The app under its own Content-Security-Policy: every section renders without a single violation. */
describe('the web app under its content security policy', () => {
  let session: SignedInSession;
  const violations: string[] = [];

  beforeAll(async () => {
    session = await signedInAsAdmin();
    session.page.on('console', (message) => {
      if (/Content.Security.Policy/i.test(message.text())) violations.push(message.text());
    });
    await session.page.exposeFunction('reportViolation', (text: string) => violations.push(text));
    await session.page.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (event) =>
        (window as unknown as { reportViolation: (text: string) => void }).reportViolation(
          `${event.violatedDirective} ${event.blockedURI}`,
        ),
      ),
    );
  });
  afterAll(() => session?.close());

  it('opens every section with styles applied and no violation', async () => {
    const { page, product } = session;
    for (const section of ['console', 'clients', 'orders', 'supervisor', 'reports', 'admin']) {
      await page.goto(`${product.url}/${section}`);
      await page.locator(`[data-testid="nav-${section}"]`).waitFor();
      await page.waitForLoadState('networkidle');
    }
    const font = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
    expect(font).toMatch(/Roboto/i);
    expect(violations).toEqual([]);
  });
});
