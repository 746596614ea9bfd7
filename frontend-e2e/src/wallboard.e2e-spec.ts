import { amiFrame } from '@switchboard/telephony';
import { confirmMonitorActions, syntheticQueueCall } from '@switchboard/telephony/test-pbx';
import { Page } from 'playwright-core';
import { ConsoleProduct, startConsoleProduct } from './console/console-product';
import { ADMIN } from './signed-in';

const AGENT = { login: 'agent2002', password: 'agent-password-2', extension: '2002' };
const SUPERVISOR = { login: 'lead2001', password: 'lead-password-1', extension: '2001' };
const WAIT = { timeout: 15000 };

/**
 * The supervisor's screens against the scripted AMI PBX: the wallboard's tile follows a queue call, turns
 * amber over its threshold, the agent board shows the live call's client, and Listen originates ChanSpy.
 */
describe('the supervisor wallboard and agent board', () => {
  let t: ConsoleProduct;
  let page: Page;
  let sequence = 0;

  const byTestId = (id: string) => page.locator(`[data-testid="${id}"]`);
  const queueCall = () =>
    syntheticQueueCall({
      linkedid: `1796000000.${sequence++}`,
      callerNumber: '0671234567',
      queue: 'support',
    });

  beforeAll(async () => {
    t = await startConsoleProduct();
    confirmMonitorActions(t.pbx);
    t.pbx.setList('QueueSummary', [{ Event: 'QueueSummary', Queue: 'support' }]);
    const agent = await t.api<{ id: string }>('POST', '/api/users', {
      ...AGENT,
      displayName: 'Oksana Agent',
      role: 'operator',
    });
    const lead = await t.api<{ id: string }>('POST', '/api/users', {
      ...SUPERVISOR,
      displayName: 'Lead Supervisor',
      role: 'supervisor',
    });
    await t.api('POST', '/api/teams', {
      name: 'Support',
      memberIds: [agent.id, lead.id],
      queues: ['support'],
    });
    await t.api('POST', '/api/clients', {
      kind: 'person',
      firstName: 'Olena',
      lastName: 'Petrenko',
      phones: [{ number: '067 123 45 67' }],
    });
    // The agent is in the queue, as the PBX reports it.
    t.pbx.broadcast([
      amiFrame({
        Event: 'QueueMemberAdded',
        Queue: 'support',
        Interface: 'PJSIP/2002',
        Status: 1,
        Paused: 0,
      }),
    ]);
    page = await t.signIn(SUPERVISOR.login, SUPERVISOR.password);
  });
  afterAll(() => t?.close());

  it('moves the tile as a caller waits and is answered, and turns it amber over the threshold', async () => {
    await byTestId('nav-supervisor').click();
    await byTestId('queue-tile-support').waitFor(WAIT);
    await expectText('queue-waiting-support', '0');

    const waiting = queueCall();
    t.pbx.broadcast(waiting.join);
    await expectText('queue-waiting-support', '1');
    await byTestId('waiting-caller-list')
      .or(page.locator('[data-testid^="waiting-caller-"]').first())
      .waitFor(WAIT);
    const offer = waiting.offer('2002');
    t.pbx.broadcast([...offer.ring, ...offer.answer]);
    await expectText('queue-waiting-support', '0');
    await page.locator('[data-testid="queue-answered-support"]').filter({ hasText: '1' }).waitFor(WAIT);

    await t.api('PUT', '/api/queues/support/settings', {
      thresholds: {
        waitingAmber: 1,
        waitingRed: 3,
        longestWaitAmberSeconds: null,
        longestWaitRedSeconds: null,
        serviceLevelAmberPercent: null,
        serviceLevelRedPercent: null,
      },
    });
    // More than one waiting is amber, more than three red.
    t.pbx.broadcast([...queueCall().join, ...queueCall().join]);
    await expectText('queue-waiting-support', '2');
    await page.locator('[data-testid="queue-tile-support"][data-level="amber"]').waitFor(WAIT);
  });

  it('shows the live call and its client on the agent board, and Listen originates ChanSpy to the supervisor', async () => {
    await byTestId('supervisor-tab-agents').click();
    const row = byTestId('agent-row-2002');
    await row.filter({ hasText: 'Petrenko Olena' }).waitFor(WAIT);
    await page.locator('[data-testid="agent-row-2002"][data-state="on-call"]').waitFor(WAIT);
    const originate = t.pbx.nextAction('Originate');
    await byTestId('agent-listen-2002').click();
    expect(await originate).toMatchObject({
      channel: 'PJSIP/2001',
      context: 'crm-monitor',
      exten: '2002',
      variable: 'SB_MONITOR_MODE=listen',
    });
    await byTestId('agent-monitor-stop-2002').waitFor(WAIT);

    // The admin's audit lists the running session with who monitors whom.
    const adminPage = await t.signIn(ADMIN.login, ADMIN.password);
    await adminPage.goto(`${t.product.url}/admin/monitoring`);
    const audit = adminPage.locator('[data-testid="monitor-audit-row"]');
    await audit.filter({ hasText: 'Lead Supervisor' }).filter({ hasText: 'Oksana Agent' }).waitFor(WAIT);
    await audit.locator('[data-testid="monitor-audit-live"]').waitFor(WAIT);
    await adminPage.context().close();
  });

  async function expectText(testId: string, text: string): Promise<void> {
    await page
      .locator(`[data-testid="${testId}"]`)
      .filter({ hasText: new RegExp(`^\\s*${text}\\s*$`) })
      .waitFor(WAIT);
  }
});
