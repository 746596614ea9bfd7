import { randomUUID } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Browser } from 'playwright-core';
import { Client } from 'pg';
import { launchChromium } from './browser';
import { ProductServer, startProduct } from './product-server';
import { ADMIN } from './signed-in';

/** One second of a tone as MixMonitor writes WAV (8 kHz, 16 bit, mono). */
function recordTone(path: string): void {
  execFileSync('sox', ['-n', '-r', '8000', '-c', '1', '-b', '16', path, 'synth', '1', 'sine', '440']);
}

describe('a supervisor plays the recording of a call from the client card', () => {
  let product: ProductServer;
  let browser: Browser;
  let database: Client;
  let recordings: string;

  const api = async <T>(token: string, method: string, path: string, body: unknown): Promise<T> => {
    const response = await fetch(`${product.url}${path}`, {
      method,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  };

  beforeAll(async () => {
    recordings = mkdtempSync(join(tmpdir(), 'sb-e2e-recordings-'));
    recordTone(join(recordings, '1733300000.42.wav'));
    product = await startProduct(ADMIN, { RECORDINGS_DIR: recordings });
    database = new Client({ connectionString: product.databaseUrl });
    await database.connect();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await database?.end();
    await browser?.close();
    await product?.stop();
    rmSync(recordings, { recursive: true, force: true });
  });

  it('plays it in the history, from a signed link, and the playback is audited', async () => {
    const { accessToken } = await api<{ accessToken: string }>('', 'POST', '/api/auth/login', ADMIN);
    const client = await api<{ id: string }>(accessToken, 'POST', '/api/clients', {
      kind: 'person',
      lastName: 'Мельник',
      phones: [{ number: '+380671112299' }],
    });
    await api(accessToken, 'POST', '/api/users', {
      login: 'svitlana',
      password: 'svitlana-supervises',
      displayName: 'Svitlana Supervisor',
      role: 'supervisor',
    });
    // What the PBX's call events leave behind: the call with its recording, and its entry in the timeline.
    const callId = randomUUID();
    await database.query(
      `INSERT INTO calls (id, pbx, pbx_call_id, direction, caller_number, started_at, ended_at, client_id, recording,
                          disposition, talk_seconds)
       VALUES ($1, 'main', '1733300000.42', 'inbound', '+380671112299', now(), now(), $2,
               '/var/spool/asterisk/monitor/1733300000.42.wav', 'answered', 61)`,
      [callId, client.id],
    );
    await database.query(
      `INSERT INTO client_history (client_id, kind, occurred_at, data) VALUES ($1, 'call', now(), $2)`,
      [
        client.id,
        {
          callId,
          direction: 'inbound',
          disposition: 'answered',
          talkSeconds: 61,
          number: '+380671112299',
          recording: '/var/spool/asterisk/monitor/1733300000.42.wav',
        },
      ],
    );

    const page = await (await browser.newContext()).newPage();
    await page.goto(product.url);
    await page.locator('[data-testid="login-input"]').fill('svitlana');
    await page.locator('[data-testid="password-input"]').fill('svitlana-supervises');
    await page.locator('[data-testid="login-submit"]').click();
    await page.waitForURL(/\/(console|supervisor)$/);
    await page.goto(`${product.url}/clients/${client.id}`);
    await page.getByRole('tab', { name: 'History' }).click();
    await page.locator('[data-testid="history-call-play"]').click();
    const audio = page.locator('[data-testid="history-call-audio"]');
    await audio.waitFor();
    await page.waitForFunction(() => (document.querySelector('audio')?.duration ?? 0) > 0.9);
    expect(await audio.getAttribute('src')).toMatch(/^\/api\/recordings\//);

    const { rows } = await database.query(
      `SELECT u.login FROM recording_playbacks p JOIN users u ON u.id = p.user_id WHERE p.call_id = $1`,
      [callId],
    );
    expect(rows).toEqual([{ login: 'svitlana' }]);
  });
});
