import { describe, expect, it } from 'vitest';
import { platformEnv, relayConfigFromEnv, storeConfigFromEnv } from '../../relay/config';

describe('relay configuration', () => {
  it('reads the environment with defaults', () => {
    const c = relayConfigFromEnv({
      RELAY_APP_KEY: '1000000',
      RELAY_APP_SECRET: 's3cret',
      RELAY_PAIRING_CODE: 'long-enough',
      RELAY_ALLOWED_APIS: 'com.alibaba.product:alibaba.product.get, com.alibaba.trade:alibaba.trade.get.buyerView',
    });
    expect(c).toEqual({
      appKey: '1000000',
      appSecret: 's3cret',
      gatewayBaseUrl: 'https://gw.open.1688.com',
      pairingCode: 'long-enough',
      rateLimitPerSecond: 20,
      allowedApis: ['com.alibaba.product:alibaba.product.get', 'com.alibaba.trade:alibaba.trade.get.buyerView'],
    });
  });

  it('names bad variables without printing their values', () => {
    let message = '';
    try {
      relayConfigFromEnv({
        RELAY_APP_SECRET: 'do-not-print-me',
        RELAY_PAIRING_CODE: 'short',
        RELAY_ADMIN_TOKEN: 'tiny',
      });
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toContain('RELAY_APP_KEY');
    expect(message).toContain('RELAY_PAIRING_CODE');
    expect(message).toContain('RELAY_ADMIN_TOKEN');
    expect(message).not.toContain('do-not-print-me');
    expect(message).not.toContain('short');
    expect(message).not.toContain('tiny');
  });

  it('takes Workers-style bindings when given', () => {
    const bindings = { RELAY_APP_KEY: '1', RELAY_APP_SECRET: 'x' };
    expect(platformEnv(bindings)).toBe(bindings);
    expect(platformEnv(undefined)).toBe(process.env);
  });
});

describe('installation store configuration', () => {
  it('uses PostgreSQL when RELAY_DATABASE_URL is set, else SQLite at RELAY_DB_PATH or the default', () => {
    const url = 'postgresql://relay:pw@db.internal:5432/relay';
    expect(storeConfigFromEnv({ RELAY_DATABASE_URL: url, RELAY_DB_PATH: '/x.sqlite' }, '/d.sqlite')).toEqual({
      kind: 'postgres',
      url,
    });
    expect(storeConfigFromEnv({ RELAY_DB_PATH: '/var/lib/relay/i.sqlite' }, '/d.sqlite')).toEqual({
      kind: 'sqlite',
      path: '/var/lib/relay/i.sqlite',
    });
    expect(storeConfigFromEnv({ RELAY_DATABASE_URL: '', RELAY_DB_PATH: '' }, '/d.sqlite')).toEqual({
      kind: 'sqlite',
      path: '/d.sqlite',
    });
  });

  it('names a bad database URL without printing it', () => {
    expect(() => storeConfigFromEnv({ RELAY_DATABASE_URL: 'mysql://u:hunter2@h/db' }, '/d.sqlite')).toThrow(
      /^relay configuration invalid — RELAY_DATABASE_URL: must be a postgres:\/\/ or postgresql:\/\/ URL$/,
    );
  });
});
