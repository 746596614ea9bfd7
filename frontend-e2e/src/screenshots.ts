// README screenshots: the console during a call over the new-order form, in the light and the dark theme
// at 1440x900, and the docked layout at 1366x768 and 1920x1080.
//
// Not a test of its own, so the e2e testMatch (`*.e2e-spec.ts`) leaves it out. After building, from the
// repository root:
//
//   npx nx run-many -t build -p backend frontend
//   npx jest -c frontend-e2e/jest.config.js --testMatch '**/frontend-e2e/src/screenshots.ts'
//
// It needs what the softphone flow needs (PostgreSQL, Redis, Kamailio, Chromium) and writes
// docs/screenshots/console-call-{light,dark}.png and console-layout-{1366x768,1920x1080}.png.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { ScriptedAmiServer, syntheticCall } from '@switchboard/telephony/test-pbx';
import { Browser, Page } from 'playwright-core';
import { FAKE_MEDIA_FLAGS, launchChromium } from './browser';
import type { KamailioServer } from './kamailio';
import type { ProductServer } from './product-server';
import { ADMIN } from './signed-in';
import { signInAgent } from './sip/agent';
import type { PhonePageServer } from './sip/phone-page';
import { SoftphoneProduct, startSoftphoneProduct } from './sip/softphone-product';

const OUT = join(__dirname, '..', '..', 'docs', 'screenshots');
const VIEWPORT = { width: 1440, height: 900 };
const LAYOUT_VIEWPORTS = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
];
const WAIT_MS = 15000;
const CALLER = '380671234567';

/** A JSON request to the API as the admin. */
async function asAdmin(productUrl: string, path: string, body: unknown): Promise<void> {
  const login = await fetch(`${productUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(ADMIN),
  });
  const { accessToken } = (await login.json()) as { accessToken: string };
  const response = await fetch(`${productUrl}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${accessToken}` },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${path} answered ${response.status}`);
}

describe('README screenshots', () => {
  let setup: SoftphoneProduct;
  let kamailio: KamailioServer;
  let pbx: ScriptedAmiServer;
  let product: ProductServer;
  let phonePage: PhonePageServer;
  let browser: Browser;

  beforeAll(async () => {
    setup = await startSoftphoneProduct();
    ({ kamailio, pbx, product, phonePage } = setup);
    await asAdmin(product.url, '/api/clients', {
      kind: 'person',
      firstName: 'Olena',
      lastName: 'Petrenko',
      category: 'vip',
      tags: ['wholesale', 'newsletter'],
      phones: [{ number: '067 123 45 67' }],
    });
    browser = await launchChromium(FAKE_MEDIA_FLAGS);
  });
  afterAll(async () => {
    await browser?.close();
    await setup?.stop();
  });

  /** Parks the pointer away from buttons, so no tooltip or hover tint is in the picture. */
  const settle = async (page: Page) => {
    const size = page.viewportSize() ?? VIEWPORT;
    await page.mouse.move(size.width - 10, size.height - 10);
    await page.waitForTimeout(600);
  };

  const useTheme = async (page: Page, mode: 'light' | 'dark') => {
    await page.locator('[data-testid="theme-menu"]').click();
    await page.locator(`[data-testid="theme-${mode}"]`).click();
    await page.locator('.mat-mdc-menu-panel').waitFor({ state: 'detached' });
    await settle(page);
  };

  it('shows the console during a call in both themes', async () => {
    await mkdir(OUT, { recursive: true });
    const agent = await (await browser.newContext({ viewport: VIEWPORT, locale: 'en-US' })).newPage();
    await signInAgent(agent, product.url);
    await agent.waitForSelector('[data-testid="softphone"][data-registration="registered"]', {
      timeout: WAIT_MS,
    });
    // A half-filled order under the dock shows that the console leaves the page's form usable.
    await agent.locator('[data-testid="nav-orders"]').click();
    await agent.locator('[data-testid="order-create"]').click();
    await agent.locator('main [data-testid="order-item-name"]').fill('Delivery to the door');

    const caller = await (await browser.newContext()).newPage();
    await caller.goto(phonePage.url);
    await caller.evaluate(([url, uri]) => window.testPhone.register(url, uri, { autoAnswer: false }), [
      kamailio.webSocketUrl,
      `sip:${CALLER}@${kamailio.domain}`,
    ] as const);
    // The PBX's side of the same call, so the console pops the caller's card.
    const call = syntheticCall({ linkedid: '1796000000.1', callerNumber: CALLER, agent: '1001' });
    pbx.broadcast(call.ring);
    await caller.evaluate(() => window.testPhone.call('1001'));
    await agent.locator('[data-testid="softphone-answer"]').click({ timeout: WAIT_MS });
    pbx.broadcast(call.answer);
    await agent.locator('[data-testid="pop"][data-state="answered"] [data-testid="pop-open"]').click({
      timeout: WAIT_MS,
    });
    await agent
      .locator('[data-testid="console-drawer"] [data-testid="client-name"]')
      .waitFor({ timeout: WAIT_MS });
    await agent.waitForSelector(
      '[data-testid="softphone"]:is([data-ice-state="connected"], [data-ice-state="completed"])',
      { timeout: WAIT_MS },
    );
    // A few seconds on the call timer reads better than 0:00.
    await agent.waitForFunction(
      () => (document.querySelector('[data-testid="softphone-timer"]')?.textContent ?? '') >= '0:03',
      undefined,
      { timeout: WAIT_MS },
    );

    await useTheme(agent, 'light');
    await agent.screenshot({ path: join(OUT, 'console-call-light.png') });
    await useTheme(agent, 'dark');
    await agent.screenshot({ path: join(OUT, 'console-call-dark.png') });
    await useTheme(agent, 'light');
    for (const viewport of LAYOUT_VIEWPORTS) {
      await agent.setViewportSize(viewport);
      await settle(agent);
      await agent.screenshot({ path: join(OUT, `console-layout-${viewport.width}x${viewport.height}.png`) });
    }

    expect(await agent.getAttribute('[data-testid="softphone"]', 'data-call-state')).toBe('inCall');
    await caller.evaluate(() => window.testPhone.hangup());
    pbx.broadcast(call.hangup);
  });
});
