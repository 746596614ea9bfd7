import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CallRecord, RecordingLink } from '@switchboard/contracts';
import { Browser, Page } from 'playwright-core';
import { launchChromium } from './browser';
import { ProductServer, startProduct } from './product-server';
import { ADMIN } from './signed-in';

const AGENT = { login: 'demo1001', password: 'demo-password-1', extension: '1001' };
const WAIT = { timeout: 15000 };

/**
 * The one-command demo: the product with its simulated PBX and no SIP server. The agent takes a call with the
 * demo phone from ring to history: answer on the pop, hold and resume, hang up, save the wrap-up.
 */
describe('the demo call end to end with the simulated PBX', () => {
  let product: ProductServer;
  let browser: Browser;
  let agent: Page;
  let token: string;

  const byTestId = (id: string) => agent.locator(`[data-testid="${id}"]`);
  const api = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const response = await fetch(`${product.url}${path}`, {
      method,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  };

  const recordings = mkdtempSync(join(tmpdir(), 'sb-e2e-demo-recordings-'));

  beforeAll(async () => {
    // A call a second for whoever may be rung, ringing long enough that only the agent's click answers it.
    product = await startProduct(ADMIN, {
      PBX_MODE: 'simulator',
      SIMULATOR_CALLS_PER_MINUTE: '60',
      SIMULATOR_RING_SECONDS: '60',
      RECORDINGS_DIR: recordings,
    });
    const login = await fetch(`${product.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(ADMIN),
    });
    token = ((await login.json()) as { accessToken: string }).accessToken;
    await api('POST', '/api/users', { ...AGENT, displayName: 'Demo Agent', role: 'operator' });
    await api('PUT', '/api/console-settings', {
      pauseReasons: ['Lunch'],
      dispositionCodes: [{ code: 'info', label: 'Information' }],
      wrapUpSeconds: null,
    });
    browser = await launchChromium();
    agent = await (await browser.newContext()).newPage();
    await agent.goto(product.url);
    await byTestId('login-input').fill(AGENT.login);
    await byTestId('password-input').fill(AGENT.password);
    await byTestId('login-submit').click();
    await agent.waitForURL(/\/console$/);
  });
  afterAll(async () => {
    await browser?.close();
    await product?.stop();
    rmSync(recordings, { recursive: true, force: true });
  });

  it('rings, is answered, held, resumed and hung up on the demo phone, wrapped up, and listed with its duration', async () => {
    await byTestId('softphone-status').filter({ hasText: 'Demo phone (simulated PBX)' }).waitFor(WAIT);

    const pop = agent.locator('[data-testid="pop"][data-state="ringing"]').first();
    await pop.waitFor(WAIT);
    const callId = await pop.getAttribute('data-call-id');
    expect(callId).toBeTruthy();
    await byTestId('softphone-incoming').waitFor(WAIT);
    await pop.locator('[data-testid="pop-answer"]').click();

    const answered = agent.locator(`[data-testid="pop"][data-call-id="${callId}"][data-state="answered"]`);
    await answered.waitFor(WAIT);
    await byTestId('softphone-in-call').waitFor(WAIT);
    await byTestId('softphone-hold').click();
    await byTestId('softphone-held').waitFor(WAIT);
    await agent.waitForTimeout(1200);
    await byTestId('softphone-resume').click();
    await byTestId('softphone-held').waitFor({ state: 'detached', ...WAIT });
    await agent.waitForTimeout(1500);
    await byTestId('softphone-hangup').click();

    await byTestId('wrap-up').waitFor(WAIT);
    await byTestId('wrap-up-code').click();
    await byTestId('wrap-up-code-info').click();
    await byTestId('wrap-up-note').fill('Demo call');
    await byTestId('wrap-up-save').click();
    await byTestId('wrap-up').waitFor({ state: 'detached', ...WAIT });

    const row = agent.locator(`[data-testid="call-row"][data-call-id="${callId}"]`);
    await row.locator('[data-testid="call-wrap-up"]', { hasText: 'Information' }).waitFor(WAIT);
    expect(await row.locator('[data-testid="call-disposition"]').textContent()).toContain('Answered');
    const talk = (await row.locator('[data-testid="call-talk"]').textContent()) ?? '';
    expect(Number.parseInt(talk, 10)).toBeGreaterThanOrEqual(2);

    const stored = await api<CallRecord>('GET', `/api/calls/${callId}`);
    expect(stored).toMatchObject({ disposition: 'answered', agentExtension: '1001' });
    expect(stored.holdSeconds).toBeGreaterThanOrEqual(1);
    expect(stored.wrapUp).toMatchObject({ code: 'info', note: 'Demo call' });

    // The demo PBX recorded the call where MixMonitor would, and it plays through a signed link.
    expect(stored.recording).toMatch(/^\/var\/spool\/asterisk\/monitor\/[\d.]+\.wav$/);
    const { url } = await api<RecordingLink>('POST', `/api/calls/${callId}/recording-link`);
    const recording = await fetch(`${product.url}${url}`);
    expect(recording.status).toBe(200);
    expect(recording.headers.get('content-type')).toBe('audio/wav');
    expect((await recording.arrayBuffer()).byteLength).toBeGreaterThan(1000);
  });
});
