import { IncomingMessage } from 'node:http';
import { originAllowed } from './origin-policy';

const handshake = (headers: Record<string, string>) => ({ headers }) as IncomingMessage;
const production = { publicUrl: 'https://crm.example.com', allowLocalDevServer: false };

describe('originAllowed', () => {
  it('accepts the page the product served, and the configured public address behind a proxy', () => {
    expect(
      originAllowed(handshake({ host: 'localhost:3000', origin: 'http://localhost:3000' }), production),
    ).toBe(true);
    expect(
      originAllowed(handshake({ host: 'backend:3000', origin: 'https://crm.example.com' }), production),
    ).toBe(true);
  });

  it('refuses another site, a lookalike and a garbled origin', () => {
    expect(
      originAllowed(handshake({ host: 'crm.example.com', origin: 'https://evil.example' }), production),
    ).toBe(false);
    expect(
      originAllowed(handshake({ host: 'a', origin: 'https://crm.example.com.evil.example' }), production),
    ).toBe(false);
    expect(originAllowed(handshake({ host: 'a', origin: 'null' }), production)).toBe(false);
  });

  it('lets clients that send no origin through (they still need a token)', () => {
    expect(originAllowed(handshake({ host: 'crm.example.com' }), production)).toBe(true);
  });

  it('accepts the local dev server only in development', () => {
    const devServer = handshake({ host: 'localhost:3000', origin: 'http://localhost:4200' });
    expect(originAllowed(devServer, production)).toBe(false);
    expect(originAllowed(devServer, { publicUrl: null, allowLocalDevServer: true })).toBe(true);
  });
});
