import { expect } from 'vitest';
import { sha256Hex } from '../../relay/crypto';
import type { InstallationStore } from '../../relay/installations';
import { LocalSigner } from '../../utils/background/alibaba/api/signer';
import { ADMIN_TOKEN, APP_KEY, makeRelay, SECRET } from './helpers';

type Relay = ReturnType<typeof makeRelay>;

const URL_PATH = `param2/1/com.alibaba.trade/alibaba.trade.get.sellerView/${APP_KEY}`;
const PARAMS = { access_token: 'f14da3b8-b0b1-4f73-a5de-9bed637e0188', orderId: '2481473826431', _aop_timestamp: '1' };

/** Signs through `relay` with `installKey`; on 200 checks the signature is the right one. */
export async function signStatus(relay: Relay, installKey: string): Promise<number> {
  const res = await relay.json('POST', '/v1/sign', { urlPath: URL_PATH, params: PARAMS }, installKey);
  if (res.status === 200) {
    expect((await res.json()).signature).toBe(await new LocalSigner(SECRET).sign(URL_PATH, PARAMS));
  }
  return res.status;
}

/** put/find/delete/list as every store must do them, holding only the key's hash. */
export async function expectStoreContract(store: InstallationStore) {
  const keyHash = await sha256Hex('cdr_contract-key');
  const record = { id: keyHash.slice(0, 16), keyHash, name: 'Busan warehouse', createdAt: '2026-01-02T03:04:05.678Z' };
  await store.put(record);
  expect(await store.findByKeyHash(keyHash)).toEqual(record);
  expect(await store.findByKeyHash(await sha256Hex('cdr_other'))).toBeUndefined();
  expect(await store.list()).toContainEqual(record);
  expect(await store.delete(record.id)).toBe(true);
  expect(await store.delete(record.id)).toBe(false);
  expect(await store.findByKeyHash(keyHash)).toBeUndefined();
}

/**
 * Two relay instances `a` and `b` on one database: a pairing through either is accepted by
 * both, and a revocation through either is refused by both on the very next request.
 */
export async function expectInstancesShareOneStore(storeA: InstallationStore, storeB: InstallationStore) {
  const a = makeRelay({}, undefined, storeA);
  const b = makeRelay({}, undefined, storeB);

  const first = await a.pair('Seoul office PC');
  expect(await signStatus(b, first.installKey)).toBe(200);
  expect(await signStatus(a, first.installKey)).toBe(200);
  const listed = await (await b.json('GET', '/v1/admin/installations', undefined, ADMIN_TOKEN)).json();
  expect(listed.installations.map((i: { id: string }) => i.id)).toContain(first.installationId);

  // Operator revokes on B; A refuses the key on its next request (no cache to expire).
  const revoke = await b.json('DELETE', `/v1/admin/installations/${first.installationId}`, undefined, ADMIN_TOKEN);
  expect(revoke.status).toBe(204);
  expect(await signStatus(a, first.installKey)).toBe(401);
  expect(await signStatus(b, first.installKey)).toBe(401);

  // The extension disconnects through B; A refuses it too.
  const second = await a.pair('Warehouse laptop');
  expect(await signStatus(b, second.installKey)).toBe(200);
  expect((await b.json('DELETE', '/v1/installation', undefined, second.installKey)).status).toBe(204);
  expect(await signStatus(a, second.installKey)).toBe(401);
}
