import { syntheticCall } from '@switchboard/telephony/test-pbx';
import { Page } from 'playwright-core';
import { ConsoleProduct, startConsoleProduct } from './console/console-product';
import { coveredControls, overlap } from './console/layout-probe';

const AGENT = { login: 'agent1002', password: 'agent-password-2', extension: '1002' };
const WAIT = { timeout: 15000 };

describe('the call dock sits beside the page: pops, the card and wrap-up cover none of its controls', () => {
  let t: ConsoleProduct;
  let agent: Page;
  let calls = 0;

  const byTestId = (id: string) => agent.locator(`[data-testid="${id}"]`);
  const inDrawer = (id: string) => agent.locator(`[data-testid="console-drawer"] [data-testid="${id}"]`);
  const onPage = (id: string) => agent.locator(`main [data-testid="${id}"]`);
  const ringing: ReturnType<typeof syntheticCall>[] = [];

  /** The busiest moment: a finished call in wrap-up with its card open, and the next call ringing. */
  async function openPopCardAndWrapUp(): Promise<void> {
    const first = syntheticCall({
      linkedid: `1795900000.${++calls}`,
      callerNumber: '+380671234567',
      agent: AGENT.extension,
    });
    t.pbx.broadcast(first.ring);
    t.pbx.broadcast(first.answer);
    await agent.locator(`[data-testid="pop"][data-state="answered"] [data-testid="pop-open"]`).click(WAIT);
    await inDrawer('client-name').filter({ hasText: 'Petrenko Olena' }).waitFor(WAIT);
    t.pbx.broadcast(first.hangup);
    await byTestId('wrap-up').waitFor(WAIT);
    const next = syntheticCall({
      linkedid: `1795900000.${++calls}`,
      callerNumber: '0931112233',
      agent: AGENT.extension,
    });
    ringing.push(next);
    t.pbx.broadcast(next.ring);
    await agent.locator('[data-testid="pop"][data-state="ringing"]').waitFor(WAIT);
  }

  async function clearConsole(): Promise<void> {
    for (const call of ringing.splice(0)) t.pbx.broadcast(call.hangup);
    const toggle = byTestId('dock-toggle');
    if ((await toggle.count()) && (await toggle.getAttribute('aria-expanded')) === 'false')
      await toggle.click();
    if (await byTestId('wrap-up').count()) await byTestId('wrap-up-close').click();
    // A pop whose call just ended may leave by itself between the count and the click.
    while (await byTestId('pop-dismiss').count()) {
      await byTestId('pop-dismiss')
        .first()
        .click({ timeout: 2000 })
        .catch(() => undefined);
    }
    if (await byTestId('console-drawer').count()) await inDrawer('drawer-close').click();
  }

  async function openNewOrderPage(): Promise<void> {
    await byTestId('nav-orders').click();
    await byTestId('order-create').click();
    await onPage('order-item-name').waitFor(WAIT);
  }

  beforeAll(async () => {
    t = await startConsoleProduct();
    await t.api('POST', '/api/users', { ...AGENT, displayName: 'Agent Two', role: 'operator' });
    await t.api('POST', '/api/clients', {
      kind: 'person',
      firstName: 'Olena',
      lastName: 'Petrenko',
      phones: [{ number: '067 123 45 67' }],
    });
    await t.api('PUT', '/api/console-settings', {
      pauseReasons: [],
      dispositionCodes: [{ code: 'sale', label: 'Sale made' }],
      wrapUpSeconds: null,
    });
    agent = await t.signIn(AGENT.login, AGENT.password);
  });
  afterEach(() => clearConsole());
  afterAll(() => t?.close());

  it('at 1366×768 keeps every field and button of the order form visible and usable, in one dock column', async () => {
    await agent.setViewportSize({ width: 1366, height: 768 });
    await openNewOrderPage();
    await openPopCardAndWrapUp();

    expect(await byTestId('call-column').locator('..').getAttribute('data-layout')).toBe('stacked');
    expect(await overlap(agent, 'main', 'sb-call-dock')).toBe(false);
    expect(await coveredControls(agent)).toEqual([]);

    // The whole form can be filled and sent with the dock open.
    await onPage('order-form-client-search').fill('Petrenko');
    await agent.locator('mat-option').filter({ hasText: 'Petrenko Olena' }).click(WAIT);
    await onPage('order-item-name').fill('Delivery to the door');
    await onPage('order-item-quantity').fill('1');
    await onPage('order-item-price').fill('150,00');
    expect(await coveredControls(agent)).toEqual([]);
    await onPage('order-form-save').click();
    await agent.waitForURL(/\/orders\/[0-9a-f-]{36}$/, WAIT);
    expect(await byTestId('wrap-up').isVisible()).toBe(true);
  });

  it("shows the card's actions once and every tab whole in the dock", async () => {
    await agent.setViewportSize({ width: 1366, height: 768 });
    await openPopCardAndWrapUp();
    const card = byTestId('console-drawer');
    expect(await card.getByText('New order', { exact: true }).count()).toBe(1);

    const cardBox = await card.boundingBox();
    const tabs = card.locator('[role="tab"]');
    expect(await tabs.count()).toBe(6);
    for (const tab of await tabs.all()) {
      const box = await tab.boundingBox();
      expect(box && cardBox && box.x >= cardBox.x && box.x + box.width <= cardBox.x + cardBox.width).toBe(
        true,
      );
      const label = tab.locator('.mdc-tab__text-label');
      expect(await label.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
    }
    await card.locator('[role="tab"]', { hasText: 'Documents' }).click();
    await card.locator('[role="tab"][aria-selected="true"]', { hasText: 'Documents' }).waitFor(WAIT);
  });

  it('closes the card with Escape and gives focus back to the pop that opened it', async () => {
    await agent.setViewportSize({ width: 1366, height: 768 });
    await openPopCardAndWrapUp();
    await byTestId('drawer-close').click();
    const opener = agent.locator('[data-testid="pop"][data-state="ringing"] [data-testid="pop-open"]');
    await opener.focus();
    await opener.press('Enter');
    await inDrawer('client-form-phone-0').waitFor(WAIT);
    expect(await byTestId('console-drawer').evaluate((card) => card.contains(document.activeElement))).toBe(
      true,
    );

    await inDrawer('client-form-last-name').press('Escape');
    await byTestId('console-drawer').waitFor({ state: 'detached', ...WAIT });
    expect(await opener.evaluate((button) => button === document.activeElement)).toBe(true);
  });

  it('at 1920×1080 gives the card its own column beside the calls column, the page beside both', async () => {
    await agent.setViewportSize({ width: 1920, height: 1080 });
    await openNewOrderPage();
    await openPopCardAndWrapUp();

    expect(await agent.locator('sb-call-dock').getAttribute('data-layout')).toBe('split');
    const [page, card, column] = await Promise.all(
      ['main', '[data-testid="console-drawer"]', '[data-testid="call-column"]'].map((selector) =>
        agent.locator(selector).boundingBox(),
      ),
    );
    expect(page && card && page.x + page.width <= card.x).toBe(true);
    expect(card && column && card.x + card.width <= column.x).toBe(true);
    expect(await coveredControls(agent)).toEqual([]);
  });

  it('on a narrow screen folds the dock behind a toolbar button that counts the calls, and unfolds it beside the page', async () => {
    await agent.setViewportSize({ width: 1024, height: 768 });
    await openNewOrderPage();
    expect(await agent.locator('sb-call-dock').isVisible()).toBe(false);
    await byTestId('dock-toggle').click();
    await openPopCardAndWrapUp();
    await byTestId('drawer-close').click();
    await byTestId('dock-toggle').click();
    await agent.locator('sb-call-dock').waitFor({ state: 'hidden', ...WAIT });
    // Two pops (the ended call's and the ringing one) and the waiting wrap-up.
    const badge = byTestId('dock-toggle').locator('.mat-badge-content');
    expect(await badge.textContent()).toBe('3');
    expect(await badge.isVisible()).toBe(true);
    expect(await coveredControls(agent)).toEqual([]);

    await byTestId('dock-toggle').click();
    await agent.locator('[data-testid="dock-toggle"][aria-expanded="true"]').waitFor(WAIT);
    await byTestId('wrap-up').waitFor(WAIT);
    expect(await overlap(agent, 'main', 'sb-call-dock')).toBe(false);
    expect(await coveredControls(agent)).toEqual([]);
  });
});
