import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../relay/crypto';
import { makeRelay, PAIRING_CODE } from './helpers';

describe('pairing', () => {
  it('issues a per-installation key once and stores only its hash', async () => {
    const r = makeRelay();
    const res = await r.json('POST', '/v1/pair', { pairingCode: PAIRING_CODE, installationName: 'Seoul office PC' });
    expect(res.status).toBe(201);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const body = await res.json();
    expect(body.installKey).toMatch(/^cdr_[A-Za-z0-9_-]{43}$/);
    expect(body.appKey).toBe('1000000');
    const [record] = await r.store.list();
    expect(record).toMatchObject({ id: body.installationId, name: 'Seoul office PC' });
    expect(record!.keyHash).toBe(await sha256Hex(body.installKey));
    expect(JSON.stringify(await r.store.list())).not.toContain(body.installKey);
    // two installations get two different keys
    const second = await r.pair('Warehouse laptop');
    expect(second.installKey).not.toBe(body.installKey);
  });

  it('refuses a wrong code and throttles guessing', async () => {
    const r = makeRelay();
    for (let i = 0; i < 5; i++) {
      const res = await r.json('POST', '/v1/pair', { pairingCode: `guess-${i}`, installationName: 'x' });
      expect(res.status).toBe(403);
      expect((await res.json()).relay_error.code).toBe('badPairingCode');
    }
    // even the right code waits once the failure budget is spent
    const blocked = await r.json('POST', '/v1/pair', { pairingCode: PAIRING_CODE, installationName: 'x' });
    expect(blocked.status).toBe(429);
    r.advance(60_000);
    expect((await r.json('POST', '/v1/pair', { pairingCode: PAIRING_CODE, installationName: 'x' })).status).toBe(201);
    expect(await r.store.list()).toHaveLength(1);
  });

  it('is off without a pairing code and validates its body', async () => {
    const off = makeRelay({ pairingCode: undefined });
    const res = await off.json('POST', '/v1/pair', { pairingCode: PAIRING_CODE, installationName: 'x' });
    expect(res.status).toBe(403);
    expect((await res.json()).relay_error.code).toBe('pairingDisabled');

    const r = makeRelay();
    expect((await r.json('POST', '/v1/pair', 'not json')).status).toBe(400);
    const bad = await r.json('POST', '/v1/pair', { pairingCode: PAIRING_CODE, installationName: '' });
    expect(bad.status).toBe(400);
    expect((await bad.json()).relay_error.message).toBe('invalid fields: installationName');
  });
});
