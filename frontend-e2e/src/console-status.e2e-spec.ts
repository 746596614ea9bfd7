import { syntheticCall } from '@switchboard/telephony/test-pbx';
import { Page } from 'playwright-core';
import { ADMIN } from './signed-in';
import { ConsoleProduct, startConsoleProduct } from './console/console-product';
import { confirmQueueActions } from './console/scripted-queues';

const AGENT = { login: 'agent1002', password: 'agent-password-2', extension: '1002' };
const WAIT = { timeout: 15000 };

describe('console settings, the agent status in the toolbar, queues and the wrap-up time limit', () => {
  let t: ConsoleProduct;
  let page: Page;

  const byTestId = (id: string) => page.locator(`[data-testid="${id}"]`);
  const status = () => byTestId('agent-status').getAttribute('data-status');
  const untilStatus = (wanted: string) =>
    page.waitForFunction(
      (value) =>
        document.querySelector('[data-testid="agent-status"]')?.getAttribute('data-status') === value,
      wanted,
      WAIT,
    );

  beforeAll(async () => {
    t = await startConsoleProduct();
    confirmQueueActions(t.pbx);
    await t.api('POST', '/api/users', { ...AGENT, displayName: 'Agent Two', role: 'operator' });
  });
  afterAll(() => t?.close());

  it('lets the admin set pause reasons, codes and the limit, showing the server field errors', async () => {
    page = await t.signIn(ADMIN.login, ADMIN.password);
    await byTestId('nav-admin').click();
    await byTestId('admin-tab-console').click();
    await byTestId('pause-reason-input').fill('Coffee break');
    await byTestId('pause-reason-input').press('Enter');
    await byTestId('disposition-add').click();
    const last =
      (await byTestId('disposition-add').evaluate(
        () => document.querySelectorAll('[data-testid^="disposition-code-"]').length,
      )) - 1;
    await byTestId(`disposition-code-${last}`).fill('callback');
    await byTestId(`disposition-label-${last}`).fill('Call back later');
    await byTestId('wrap-up-seconds').fill('2');
    await byTestId('console-settings-save').click();
    await byTestId('wrap-up-seconds-error').waitFor(WAIT);
    await byTestId('wrap-up-seconds').fill('90');
    await byTestId('console-settings-save').click();
    await page.locator('simple-snack-bar').filter({ hasText: 'Console settings saved' }).waitFor(WAIT);
    const settings = await t.api<{ pauseReasons: string[]; wrapUpSeconds: number }>(
      'GET',
      '/api/console-settings',
    );
    expect(settings.pauseReasons).toContain('Coffee break');
    expect(settings.wrapUpSeconds).toBe(90);

    // The admin has no extension: click-to-call says so instead of calling.
    await t.api('POST', '/api/clients', {
      kind: 'person',
      lastName: 'Bondar',
      phones: [{ number: '050 111 22 33' }],
    });
    await byTestId('nav-clients').click();
    await byTestId('client-row')
      .filter({ hasText: 'Bondar' })
      .locator('[data-testid="phone-link-call"]')
      .click();
    await page.locator('simple-snack-bar').filter({ hasText: 'You have no phone extension' }).waitFor(WAIT);
    await page.context().close();
  });

  it('joins a queue, pauses with a reason and comes back, following what the PBX confirms', async () => {
    page = await t.signIn(AGENT.login, AGENT.password);
    await page.goto(`${t.product.url}/admin`);
    await byTestId('no-access-roles').filter({ hasText: 'Administrator' }).waitFor(WAIT);
    await byTestId('no-access-home').click();
    await page.waitForURL(/\/console$/, WAIT);
    t.pbx.setList('QueueSummary', [
      { Event: 'QueueSummary', Queue: 'sales' },
      { Event: 'QueueSummary', Queue: 'support' },
    ]);
    await byTestId('agent-status').click();
    await byTestId('agent-queue-input').fill('sup');
    await byTestId('agent-queue-option-support').click();

    await byTestId('agent-queue-join').click();
    await byTestId('agent-queue-support').waitFor(WAIT);
    await page.keyboard.press('Escape');
    expect(await status()).toBe('available');

    await byTestId('agent-status').click();
    await page.locator('[role="menuitem"]').filter({ hasText: 'Coffee break' }).click();
    await untilStatus('paused');
    expect(await byTestId('agent-status-label').textContent()).toContain('Coffee break');

    await byTestId('agent-status').click();
    await byTestId('agent-status-available').click();
    await untilStatus('available');
  });

  it('puts the agent in wrap-up with a countdown after a call, and Ready ends it', async () => {
    const call = syntheticCall({ linkedid: '1795900000.1', callerNumber: '0501112233', agent: '1002' });
    t.pbx.broadcast([...call.ring, ...call.answer]);
    await page.locator('[data-testid="pop"][data-state="answered"]').waitFor(WAIT);
    t.pbx.broadcast(call.hangup);
    await byTestId('wrap-up').waitFor(WAIT);
    await untilStatus('wrap-up');
    await byTestId('agent-status-countdown').waitFor(WAIT);
    expect(await byTestId('wrap-up-countdown').textContent()).toMatch(/1:[0-3]\d/);
    await byTestId('wrap-up-ready').click();
    await untilStatus('available');
    // Ready ends the wrap-up status in the PBX; the form stays so the result can still be recorded.
    await byTestId('wrap-up-close').click();
    await byTestId('wrap-up').waitFor({ state: 'detached', ...WAIT });
  });

  it('shows a desktop notification for a call that rings while the tab is hidden', async () => {
    // Headless Chromium has no notification centre and never hides the tab: both are stood in for.
    await page.addInitScript(() => {
      const shown: { title: string; body?: string }[] = [];
      Object.assign(window, { shownNotifications: shown });
      Object.defineProperty(Document.prototype, 'visibilityState', { get: () => 'hidden' });
      class RecordingNotification {
        static permission = 'granted';
        static requestPermission = () => Promise.resolve('granted');
        onclick: (() => void) | null = null;
        constructor(title: string, options?: { body?: string }) {
          shown.push({ title, body: options?.body });
        }
        close(): void {
          // Nothing to close.
        }
      }
      Object.assign(window, { Notification: RecordingNotification });
    });
    await page.reload();
    await byTestId('agent-status').waitFor(WAIT);
    const call = syntheticCall({ linkedid: '1795900000.2', callerNumber: '0501112233', agent: '1002' });
    t.pbx.broadcast(call.ring);
    const handle = await page.waitForFunction(
      () => (window as unknown as { shownNotifications: unknown[] }).shownNotifications[0],
      undefined,
      WAIT,
    );
    expect(await handle.jsonValue()).toEqual({ title: 'Incoming call', body: 'Bondar · +380501112233' });
    t.pbx.broadcast(call.hangup);
  });
});
