import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { PbxActionUnsupportedError } from '../port/pbx-adapter';
import { PbxEvent } from '../port/pbx-events';
import { BinotelAdapter, BinotelAdapterOptions } from './binotel-adapter';
import { BinotelWebhookError } from './binotel-webhook';

const lines = (fixture: string) =>
  readFileSync(join(__dirname, '__fixtures__', fixture), 'utf8')
    .split('\n')
    .filter(Boolean);

function adapter(overrides: Partial<BinotelAdapterOptions> = {}) {
  return new BinotelAdapter({
    api: { key: 'k', secret: 's', baseUrl: 'http://127.0.0.1:9/' },
    lookupCustomer: async (number) =>
      number === '0671234567' ? { name: 'ТОВ Ромашка', url: 'https://crm.example/clients/42' } : null,
    tracker: { now: () => new Date(0) },
    ...overrides,
  });
}

describe('BinotelAdapter', () => {
  it('is connected between start and stop, webhooks being pushed to it', async () => {
    const pbx = adapter();
    expect(pbx.linkState).toBe('disconnected');
    await pbx.start();
    expect(pbx.linkState).toBe('connected');
    await pbx.stop();
    expect(pbx.linkState).toBe('disconnected');
  });

  it('answers apiCallSettings with the customer found, and {} for an unknown number', async () => {
    const pbx = adapter();
    const [settings] = lines('answered_inbound.txt');
    await expect(pbx.receive(settings)).resolves.toMatchObject({
      events: [],
      reply: { customerData: { name: 'ТОВ Ромашка', linkToCrmUrl: 'https://crm.example/clients/42' } },
    });
    const unknown = settings.replace('0671234567', '0990000000');
    await expect(pbx.receive(unknown)).resolves.toMatchObject({ reply: {} });
  });

  it('emits the events of each webhook to every listener and acknowledges apiCallCompleted', async () => {
    const pbx = adapter();
    const heard: PbxEvent[] = [];
    pbx.onEvent((event) => heard.push(event));
    const receipts = [];
    for (const body of lines('missed_inbound.txt')) receipts.push(await pbx.receive(body));
    expect(heard.map((event) => event.type)).toEqual([
      'call.started',
      'agent.ringing',
      'agent.stoppedRinging',
      'call.ended',
    ]);
    expect(receipts.flatMap((receipt) => receipt.events)).toEqual(heard);
    expect(receipts.map((receipt) => receipt.reply)).toEqual([null, null, { status: 'success' }]);
  });

  it('rejects a bad body with the field, emitting nothing', async () => {
    const pbx = adapter();
    const heard: PbxEvent[] = [];
    pbx.onEvent((event) => heard.push(event));
    await expect(pbx.receive('requestType=receivedTheCall&callType=0')).rejects.toMatchObject({
      constructor: BinotelWebhookError,
      field: 'generalCallID',
    });
    expect(heard).toEqual([]);
  });

  it('emits the events before a failing customer lookup rejects', async () => {
    const pbx = adapter({ lookupCustomer: () => Promise.reject(new Error('database down')) });
    const heard: PbxEvent[] = [];
    pbx.onEvent((event) => heard.push(event));
    const body = 'requestType=apiCallSettings&generalCallID=5&callType=0&externalNumber=0671234567';
    await expect(pbx.receive(body)).rejects.toThrow('database down');
    expect(heard.map((event) => event.type)).toEqual(['call.started']);
  });

  it('originates through the REST API and exposes the generalCallID', async () => {
    const bodies: unknown[] = [];
    const server = createServer((request, response) => {
      let text = '';
      request.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
      request.on('end', () => {
        bodies.push(JSON.parse(text));
        response.end('{"status":"success","generalCallID":"777"}');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const pbx = adapter({ api: { key: 'k', secret: 's', baseUrl: `http://127.0.0.1:${port}/api/4.0/` } });
      const request = { callId: 'ours', agent: '901', number: '0671234567' };
      await expect(pbx.originateCall(request)).resolves.toBe('777');
      await expect(pbx.originate(request)).resolves.toBe('777');
      expect(bodies).toEqual([
        { internalNumber: '901', externalNumber: '0671234567', key: 'k', secret: 's' },
        { internalNumber: '901', externalNumber: '0671234567', key: 'k', secret: 's' },
      ]);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  it('refuses queue membership, which Binotel has no API for', async () => {
    const pbx = adapter();
    await expect(pbx.addQueueMember({ agent: '901', queue: 'support' })).rejects.toBeInstanceOf(
      PbxActionUnsupportedError,
    );
    await expect(pbx.removeQueueMember({ agent: '901', queue: 'support' })).rejects.toThrow(
      'removeQueueMember',
    );
    await expect(pbx.pauseQueueMember({ agent: '901', paused: true })).rejects.toThrow('pauseQueueMember');
  });

  it("refuses supervisors' monitoring, which Binotel has no API for", async () => {
    const pbx = adapter();
    await expect(
      pbx.startMonitor({ sessionId: 's1', supervisor: '902', agent: '901', mode: 'listen' }),
    ).rejects.toBeInstanceOf(PbxActionUnsupportedError);
    await expect(pbx.changeMonitorMode('s1', 'whisper')).rejects.toThrow('changeMonitorMode');
    await expect(pbx.stopMonitor('s1')).rejects.toThrow('stopMonitor');
  });
});
