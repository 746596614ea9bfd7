import { Page } from 'playwright-core';
import { ProductServer } from './product-server';
import { ADMIN, SignedInSession, signedInAsAdmin } from './signed-in';

const SUPERVISOR = { login: 'sam', password: 'sam-pass-12345', displayName: 'Sam Boss' };

/** A task due today that is already overdue: an hour ago, or midnight when the day is younger than that. */
function overdueToday(now = new Date()): string {
  const midnight = new Date(now.getFullYear(), now.getMonth(), now.getDate());
  return new Date(Math.max(midnight.getTime(), now.getTime() - 3600_000)).toISOString();
}

describe('an admin puts agents and queues in a team, and its supervisor sees their tasks', () => {
  let session: SignedInSession;
  let product: ProductServer;
  let page: Page;
  let agentId: string;
  let supervisorId: string;

  const byTestId = (id: string) => page.locator(`[data-testid="${id}"]`);
  const teamRow = (name: string) => byTestId('team-row').filter({ hasText: name });
  const dialogSettled = (firstFieldTestId: string) =>
    page.waitForFunction(
      (id) => document.activeElement?.getAttribute('data-testid') === id,
      firstFieldTestId,
    );

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
  const createUser = async (
    login: string,
    displayName: string,
    role: string,
    password = `${login}-pass-12345`,
  ) => (await api<{ id: string }>('POST', '/api/users', { login, displayName, role, password })).id;
  const createTask = async (assigneeId: string, title: string) =>
    (await api<{ id: string }>('POST', '/api/tasks', { title, assigneeId, dueAt: overdueToday() })).id;

  beforeAll(async () => {
    session = await signedInAsAdmin();
    ({ product, page } = session);
    agentId = await createUser('anna', 'Anna Agent', 'operator');
    supervisorId = await createUser(
      SUPERVISOR.login,
      SUPERVISOR.displayName,
      'supervisor',
      SUPERVISOR.password,
    );
    const outsiderId = await createUser('olga', 'Olga Outside', 'operator');
    await createTask(agentId, 'Call back about the invoice');
    await api('POST', `/api/tasks/${await createTask(agentId, 'Send the price list')}/done`);
    await createTask(outsiderId, 'Not in the team');
  });
  afterAll(() => session?.close());

  it('creates a team with a member, a supervisor and typed queues, and lists it', async () => {
    await byTestId('nav-admin').click();
    await byTestId('admin-tab-teams').click();
    await byTestId('teams-empty').waitFor();
    await byTestId('team-create').click();
    await dialogSettled('team-name');
    await byTestId('team-name').fill('Sales desk');
    await byTestId('team-members').click();
    await byTestId(`team-member-${agentId}`).click();
    await byTestId(`team-member-${supervisorId}`).click();
    await page.keyboard.press('Escape');
    await byTestId(`team-member-${agentId}`).waitFor({ state: 'detached' });
    await byTestId('team-queues').fill('sales, vip');
    await byTestId('team-queues').press('Enter');
    await byTestId('team-queue').nth(1).waitFor();
    expect(await byTestId('team-queue').allInnerTexts()).toEqual([
      expect.stringContaining('sales'),
      expect.stringContaining('vip'),
    ]);
    await byTestId('team-save').click();

    const row = teamRow('Sales desk');
    await row.waitFor();
    expect(await row.locator('[data-testid="team-row-members"]').innerText()).toBe(
      'Anna Agent, Sam Boss (Supervisor)',
    );
    expect(await row.locator('[data-testid="team-row-queues"]').innerText()).toBe('sales, vip');
  });

  it('renames the team and adds a queue, and the list shows the change', async () => {
    await teamRow('Sales desk').locator('[data-testid="team-edit"]').click();
    await dialogSettled('team-name');
    expect(await byTestId('team-name').inputValue()).toBe('Sales desk');
    await byTestId('team-name').fill('Sales floor');
    // Left in the box without Enter: saving still takes it.
    await byTestId('team-queues').fill('support');
    await byTestId('team-save').click();

    const row = teamRow('Sales floor');
    await row.waitFor();
    // The API keeps queues in name order.
    expect(await row.locator('[data-testid="team-row-queues"]').innerText()).toBe('sales, support, vip');
    expect(await byTestId('team-row').count()).toBe(1);
    expect(await api<{ name: string }[]>('GET', '/api/teams')).toEqual([
      expect.objectContaining({ name: 'Sales floor', queues: ['sales', 'support', 'vip'] }),
    ]);
  });

  it("shows the supervisor only the team's agent, with one task done and one overdue", async () => {
    await byTestId('user-menu').click();
    await byTestId('logout').click();
    await byTestId('login-input').fill(SUPERVISOR.login);
    await byTestId('password-input').fill(SUPERVISOR.password);
    await byTestId('login-submit').click();
    await page.waitForURL(/\/console$/);
    await byTestId('nav-supervisor').click();
    await page.waitForURL(/\/supervisor$/);
    await page.goto(`${product.url}/supervisor/tasks`);

    const row = byTestId('team-tasks-row');
    await row.waitFor();
    const counts = async () => ({
      agents: await byTestId('team-tasks-row').allInnerTexts(),
      done: await byTestId('team-tasks-done').innerText(),
      overdue: await byTestId('team-tasks-overdue').innerText(),
      open: await byTestId('team-tasks-open').innerText(),
    });
    expect(await counts()).toEqual({
      agents: [expect.stringContaining('Anna Agent')],
      done: '1',
      overdue: expect.stringMatching(/\b1$/),
      open: '0',
    });
    expect(await row.getAttribute('class')).toContain('has-overdue');

    const week = page.waitForResponse((response) => response.url().endsWith('/team-tasks?period=week'));
    await byTestId('team-tasks-week').click();
    await week;
    await byTestId('team-tasks-row').waitFor();
    expect(await counts()).toEqual(expect.objectContaining({ done: '1', open: '0' }));
  });
  it('deletes the team only once the admin confirms', async () => {
    await byTestId('user-menu').click();
    await byTestId('logout').click();
    await byTestId('login-input').fill(ADMIN.login);
    await byTestId('password-input').fill(ADMIN.password);
    await byTestId('login-submit').click();
    await page.waitForURL(/\/console$/);
    await page.goto(`${product.url}/admin/teams`);
    await teamRow('Sales floor').locator('[data-testid="team-delete"]').click();
    await page.getByRole('dialog').filter({ hasText: 'Delete team Sales floor?' }).waitFor();
    await byTestId('team-delete-cancel').click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    expect(await teamRow('Sales floor').count()).toBe(1);

    await teamRow('Sales floor').locator('[data-testid="team-delete"]').click();
    await byTestId('team-delete-confirm').click();
    await byTestId('teams-empty').waitFor();
    expect(await api('GET', '/api/teams')).toEqual([]);
  });
});
