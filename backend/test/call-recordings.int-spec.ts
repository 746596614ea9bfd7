import { randomUUID } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RecordingLink } from '@switchboard/contracts';
import { DataSource } from 'typeorm';
import { AuthHeader, adminHeader, userHeader } from './helpers/auth-headers';
import { startTestApp, TestApp } from './helpers/test-app';

/** A second of a tone as MixMonitor writes WAV (8 kHz, 16 bit, mono): 16,044 bytes, enough to ask for ranges of. */
function recordTone(path: string): void {
  execFileSync('sox', ['-n', '-r', '8000', '-c', '1', '-b', '16', path, 'synth', '1', 'sine', '440']);
}

describe('call recordings', () => {
  let t: TestApp;
  let db: DataSource;
  let recordings: string;
  let admin: AuthHeader;
  let agent: AuthHeader & { id: string };
  let otherOperator: AuthHeader & { id: string };
  let supervisor: AuthHeader & { id: string };

  /** A finished call the agent had, recorded by the PBX under `recording` (a path on the PBX). */
  const call = async (recording: string | null): Promise<string> => {
    const id = randomUUID();
    await db.query(
      `INSERT INTO calls (id, pbx, pbx_call_id, direction, caller_number, started_at, agent_id, recording)
       VALUES ($1, 'main', $2, 'inbound', '+380671234567', now(), $3, $4)`,
      [id, `${Date.now()}.${Math.random()}`, agent.id, recording],
    );
    return id;
  };
  const link = (callId: string, user: AuthHeader) =>
    t.http().post(`/api/calls/${callId}/recording-link`).set(user);

  beforeAll(async () => {
    // Under a folder whose name starts with a dot, as the default `.data/recordings` is.
    recordings = mkdtempSync(join(tmpdir(), '.sb-recordings-'));
    recordTone(join(recordings, '1733300000.42.wav'));
    t = await startTestApp({ RECORDINGS_DIR: recordings });
    db = t.app.get(DataSource);
    admin = await adminHeader(t);
    agent = await userHeader(t, 'operator');
    otherOperator = await userHeader(t, 'operator');
    supervisor = await userHeader(t, 'supervisor');
  });
  afterAll(async () => {
    await t.close();
    rmSync(recordings, { recursive: true, force: true });
  });

  it('plays the recording through a signed link, with range requests, and audits each playback', async () => {
    const callId = await call('/var/spool/asterisk/monitor/1733300000.42.wav');
    const { url } = (await link(callId, supervisor).expect(200)).body as RecordingLink;
    expect(url).toMatch(/^\/api\/recordings\/[\w-]+\.[\w-]+$/);

    const whole = await t.http().get(url).expect(200);
    expect(whole.headers['content-type']).toBe('audio/wav');
    expect(whole.headers['accept-ranges']).toBe('bytes');
    expect(Number(whole.headers['content-length'])).toBe(16_044);
    const part = await t.http().get(url).set('range', 'bytes=44-1043').expect(206);
    expect(part.headers['content-range']).toBe('bytes 44-1043/16044');
    expect(Number(part.headers['content-length'])).toBe(1000);

    await link(callId, agent).expect(200);
    const audited = (await db.query(
      'SELECT user_id AS "userId", address FROM recording_playbacks WHERE call_id = $1 ORDER BY played_at',
      [callId],
    )) as { userId: string; address: string | null }[];
    expect(audited.map((row) => row.userId)).toEqual([supervisor.id, agent.id]);
    expect(audited[0].address).toEqual(expect.any(String));
  });

  it('gives no link to an operator who did not have the call, and none for a call that has no file', async () => {
    const callId = await call('/var/spool/asterisk/monitor/1733300000.42.wav');
    await link(callId, otherOperator).expect(404);
    await link(await call(null), admin).expect(404);
    await link(await call('/var/spool/asterisk/monitor/1733300001.7.wav'), admin).expect(404);
    await link(await call('https://my.binotel.ua/recording/55'), admin).expect(404);
    await link('not-a-uuid', admin).expect(400);
    const audited = (await db.query('SELECT count(*)::int AS n FROM recording_playbacks WHERE call_id = $1', [
      callId,
    ])) as { n: number }[];
    expect(audited[0].n).toBe(0);
  });

  it('refuses a link that was altered, and a path in place of a link', async () => {
    const callId = await call('1733300000.42.wav');
    const { url } = (await link(callId, admin).expect(200)).body as RecordingLink;
    const [payload, signature] = url.slice('/api/recordings/'.length).split('.');
    const forged = Buffer.from(
      JSON.stringify({ callId: randomUUID(), userId: agent.id, exp: 4_000_000_000 }),
    ).toString('base64url');
    await t.http().get(`/api/recordings/${forged}.${signature}`).expect(404);
    await t.http().get(`/api/recordings/${payload}.${signature}x`).expect(404);
    await t.http().get('/api/recordings/..%2F..%2Fetc%2Fpasswd').expect(404);
  });
});
