import { CallRecord, Client, Page as ApiPage } from '@switchboard/contracts';
import { syntheticCall } from '@switchboard/telephony/test-pbx';
import { Page } from 'playwright-core';
import { ConsoleProduct, startConsoleProduct } from './console/console-product';

const AGENT = { login: 'agent1001', password: 'agent-password-1', extension: '1001' };
const WAIT = { timeout: 15000 };

describe('an agent takes a call in the console: screen-pop, the caller in the drawer, wrap-up, history', () => {
  let t: ConsoleProduct;
  let agent: Page;
  let clientId: string;

  const byTestId = (id: string) => agent.locator(`[data-testid="${id}"]`);
  const inDrawer = (id: string) => agent.locator(`[data-testid="console-drawer"] [data-testid="${id}"]`);
  /** The page under the drawer: the router outlet, not the drawer's own copy of a form. */
  const onPage = (id: string) => agent.locator(`main [data-testid="${id}"]`);

  beforeAll(async () => {
    t = await startConsoleProduct();
    await t.api('POST', '/api/users', { ...AGENT, displayName: 'Agent One', role: 'operator' });
    const client = await t.api<Client>('POST', '/api/clients', {
      kind: 'person',
      firstName: 'Olena',
      lastName: 'Petrenko',
      phones: [{ number: '067 123 45 67' }],
    });
    clientId = client.id;
    await t.api('PUT', '/api/console-settings', {
      pauseReasons: ['Lunch'],
      dispositionCodes: [
        { code: 'sale', label: 'Sale made' },
        { code: 'info', label: 'Information' },
      ],
      wrapUpSeconds: null,
    });
    agent = await t.signIn(AGENT.login, AGENT.password);
  });
  afterAll(() => t?.close());

  it('pops the known caller and opens their card in the drawer, keeping the half-filled page underneath', async () => {
    await byTestId('nav-clients').click();
    await byTestId('client-create').click();
    await onPage('client-form-last-name').fill('Half-typed');

    const call = syntheticCall({ linkedid: '1795800000.1', callerNumber: '+380671234567', agent: '1001' });
    t.pbx.broadcast(call.ring);
    const pop = byTestId('pop').filter({ hasText: 'Petrenko Olena' });
    await pop.waitFor(WAIT);
    expect(await pop.getAttribute('data-state')).toBe('ringing');
    await pop.locator('[data-testid="pop-number"]', { hasText: '067 123 4567' }).waitFor(WAIT);

    await pop.locator('[data-testid="pop-open"]').click();
    await inDrawer('client-name').filter({ hasText: 'Petrenko Olena' }).waitFor(WAIT);
    await inDrawer('client-phone').filter({ hasText: '067 123 4567' }).first().waitFor(WAIT);
    expect(agent.url()).toMatch(/\/clients\/new$/);
    expect(await onPage('client-form-last-name').inputValue()).toBe('Half-typed');

    t.pbx.broadcast(call.answer);
    await agent.locator('[data-testid="pop"][data-state="answered"]').waitFor(WAIT);
    await inDrawer('quick-note').click();
    await inDrawer('quick-note-text').fill('Asked about the delivery date');
    await inDrawer('quick-note-save').click();
    await agent.locator('simple-snack-bar').filter({ hasText: 'Note added' }).waitFor(WAIT);
    const history = await t.api<ApiPage<{ text: string | null }>>(
      'GET',
      `/api/clients/${clientId}/history?kind=note`,
    );
    expect(history.items.map((entry) => entry.text)).toContain('Asked about the delivery date');
    await inDrawer('quick-task').click();
    await inDrawer('quick-task-title').fill('Send the price list');
    await inDrawer('quick-task-save').click();
    await agent.locator('simple-snack-bar').filter({ hasText: 'Task created' }).waitFor(WAIT);
    const tasks = await t.api<ApiPage<{ title: string }>>('GET', `/api/tasks?scope=all&clientId=${clientId}`);
    expect(tasks.items.map((task) => task.title)).toContain('Send the price list');
    await inDrawer('quick-order').click();
    await inDrawer('order-form-client').filter({ hasText: 'Petrenko Olena' }).waitFor(WAIT);
    await inDrawer('order-item-name').fill('Delivery to the door');
    await inDrawer('order-item-quantity').fill('1');
    await inDrawer('order-item-price').fill('150,00');
    await inDrawer('order-form-save').click();
    await inDrawer('client-name').filter({ hasText: 'Petrenko Olena' }).waitFor(WAIT);
    const orders = await t.api<ApiPage<{ total: string }>>('GET', `/api/orders?clientId=${clientId}`);
    expect(orders.items.map((order) => order.total)).toEqual(['150.00']);
    expect(agent.url()).toMatch(/\/clients\/new$/);
    t.pbx.broadcast(call.hangup);
    await byTestId('wrap-up').waitFor(WAIT);
    expect(await byTestId('wrap-up-caller').textContent()).toContain('Petrenko Olena');
    expect(await onPage('client-form-last-name').inputValue()).toBe('Half-typed');
  });

  it('saves the wrap-up with a code and a note, and the call shows it in the console history', async () => {
    await byTestId('wrap-up-code').click();
    await byTestId('wrap-up-code-sale').click();
    await byTestId('wrap-up-note').fill('Wants delivery on Friday');
    await byTestId('wrap-up-save').click();
    await byTestId('wrap-up').waitFor({ state: 'detached', ...WAIT });

    const calls = await t.api<ApiPage<CallRecord>>('GET', `/api/calls?scope=all&clientId=${clientId}`);
    expect(calls.items[0]?.wrapUp).toMatchObject({ code: 'sale', note: 'Wants delivery on Friday' });

    await byTestId('drawer-close').click();
    await byTestId('nav-console').click();
    const row = byTestId('call-row').filter({ hasText: 'Petrenko Olena' });
    await row.locator('[data-testid="call-wrap-up"]', { hasText: 'Sale made' }).waitFor(WAIT);
    expect(await row.locator('[data-testid="call-disposition"]').textContent()).toContain('Answered');
    expect(await row.getAttribute('data-missed')).toBe('false');

    const originate = t.pbx.nextAction('Originate');
    await row.locator('[data-testid="phone-link-call"]').click();
    await agent
      .locator('simple-snack-bar')
      .filter({ hasText: 'your desk phone (extension 1001) rings first' })
      .waitFor(WAIT);
    expect(JSON.stringify(await originate)).toContain('671234567');
  });

  it('pops an unknown number and creates the client from the drawer with the number filled in', async () => {
    const call = syntheticCall({ linkedid: '1795800000.2', callerNumber: '0931112233', agent: '1001' });
    t.pbx.broadcast(call.ring);
    const pop = byTestId('pop').filter({ has: agent.locator('[data-testid="pop-unknown"]') });
    await pop.waitFor(WAIT);
    expect(await pop.locator('[data-testid="pop-unknown"]').textContent()).toContain('Unknown number');

    await pop.locator('[data-testid="pop-open"]').click();
    const phone = inDrawer('client-form-phone-0');
    await phone.waitFor(WAIT);
    expect(await phone.inputValue()).toContain('931112233');
    expect(agent.url()).toMatch(/\/console$/);
    await inDrawer('client-form-last-name').fill('Caller');
    await inDrawer('client-form-first-name').fill('New');
    await inDrawer('client-form-save').click();
    await inDrawer('client-name').filter({ hasText: 'Caller New' }).waitFor(WAIT);

    const found = await t.api<Client>('GET', '/api/clients/by-phone/0931112233');
    expect(found).toMatchObject({ displayName: 'Caller New' });
    expect(agent.url()).toMatch(/\/console$/);
    t.pbx.broadcast(call.hangup);
  });
});
