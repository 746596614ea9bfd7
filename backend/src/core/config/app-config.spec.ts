import { ConfigValidationError, loadConfig } from './app-config';

const valid = {
  DATABASE_URL: 'postgres://postgres@localhost/switchboard',
  REDIS_URL: 'redis://localhost:6379',
  JWT_SECRET: 'x'.repeat(32),
};

describe('loadConfig', () => {
  it('applies the documented defaults', () => {
    const config = loadConfig(valid);
    expect(config).toMatchObject({ port: 3000, defaultPhoneRegion: 'UA', logLevel: 'info' });
    expect(config.auth.jwtTtlSeconds).toBe(12 * 3600);
  });

  it('names every missing or bad variable in one message', () => {
    const attempt = () => loadConfig({ PORT: 'abc', JWT_SECRET: 'short', DEFAULT_PHONE_REGION: 'ukraine' });
    expect(attempt).toThrow(ConfigValidationError);
    const message = (() => {
      try {
        attempt();
        return '';
      } catch (error) {
        return (error as Error).message;
      }
    })();
    expect(message).toContain('DATABASE_URL is required');
    expect(message).toContain('REDIS_URL is required');
    expect(message).toContain('JWT_SECRET must be at least 32 characters long');
    expect(message).toContain('DEFAULT_PHONE_REGION must be a two-letter ISO country code');
    expect(message).toMatch(/PORT /);
  });

  it('treats empty admin variables as unset', () => {
    expect(loadConfig({ ...valid, ADMIN_LOGIN: '', ADMIN_PASSWORD: ' ' }).bootstrapAdmin).toEqual({
      login: undefined,
      password: undefined,
    });
  });

  it('treats an empty PUBLIC_URL as unset, as compose passes it', () => {
    expect(loadConfig({ ...valid, PUBLIC_URL: '' }).publicUrl).toBeNull();
    expect(loadConfig({ ...valid, PUBLIC_URL: 'https://crm.example.com/' }).publicUrl).toBe(
      'https://crm.example.com',
    );
    expect(() => loadConfig({ ...valid, PUBLIC_URL: 'crm' })).toThrow(/PUBLIC_URL must be the address/);
  });

  it('refuses a first administrator password shorter than users may choose', () => {
    expect(() => loadConfig({ ...valid, ADMIN_PASSWORD: 'admin123' })).toThrow(
      /ADMIN_PASSWORD must be at least 12 characters/,
    );
  });

  it('refuses a first administrator password from the common-passwords list, as for users', () => {
    expect(() => loadConfig({ ...valid, ADMIN_PASSWORD: 'qwerty123456' })).toThrow(
      /ADMIN_PASSWORD is one of the most common passwords/,
    );
    expect(loadConfig({ ...valid, ADMIN_PASSWORD: 'admin-password-1' }).bootstrapAdmin.password).toBe(
      'admin-password-1',
    );
  });
});

describe('loadConfig: the PBX link', () => {
  it('is off by default and names what asterisk mode needs', () => {
    expect(loadConfig(valid).pbx).toMatchObject({ mode: 'none', id: 'main', ami: { port: 5038 } });
    expect(() => loadConfig({ ...valid, PBX_MODE: 'asterisk' })).toThrow(
      /AMI_USERNAME is required when PBX_MODE is asterisk[\s\S]*AMI_SECRET is required when PBX_MODE is asterisk/,
    );
    expect(() => loadConfig({ ...valid, PBX_MODE: 'binotel' })).toThrow(/BINOTEL_WEBHOOK_SECRET is required/);
  });

  it('reads comma lists of addresses and ICE servers', () => {
    const config = loadConfig({
      ...valid,
      PBX_MODE: 'binotel',
      BINOTEL_WEBHOOK_SECRET: 'hook-secret',
      BINOTEL_ALLOWED_IPS: '194.88.218.116, 194.88.218.117',
      SIP_ICE_SERVERS: 'stun:stun.example.com:3478',
    });
    expect(config.pbx.binotel.allowedAddresses).toEqual(['194.88.218.116', '194.88.218.117']);
    expect(config.softphone.iceServers).toEqual(['stun:stun.example.com:3478']);
  });
});

describe('loadConfig: the metrics endpoints', () => {
  it('serves none unless a port is given, on loopback by default', () => {
    expect(loadConfig({ ...valid, METRICS_PORT: '' }).metrics).toEqual({
      host: '127.0.0.1',
      apiPort: null,
      workerPort: null,
    });
    expect(loadConfig({ ...valid, METRICS_PORT: '9464', WORKER_METRICS_PORT: '0' }).metrics).toMatchObject({
      apiPort: 9464,
      workerPort: 0,
    });
    expect(() => loadConfig({ ...valid, METRICS_PORT: 'x' })).toThrow(/METRICS_PORT/);
  });
});
