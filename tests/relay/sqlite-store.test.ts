import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sha256Hex } from '../../relay/crypto';
import { createSqliteInstallationStore } from '../../relay/sqlite-store';
import { APP_KEY, makeRelay, PAIRING_CODE, SECRET } from './helpers';
import { expectInstancesShareOneStore, expectStoreContract, signStatus } from './shared-store';

describe('SQLite installation store', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'relay-sqlite-'));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('stores, finds, lists and deletes installations (file and :memory:)', async () => {
    for (const path of [join(dir, 'contract.sqlite'), ':memory:']) {
      const store = createSqliteInstallationStore(path);
      await expectStoreContract(store);
      await store.close();
    }
  });

  it('keeps a pairing across a restart: the new instance signs without re-pairing', async () => {
    // The directory does not exist yet: a first start needs no set-up.
    const path = join(dir, 'data', 'installations.sqlite');
    const before = createSqliteInstallationStore(path);
    const { installKey } = await makeRelay({}, undefined, before).pair();
    await before.close();

    const after = createSqliteInstallationStore(path);
    expect(await signStatus(makeRelay({}, undefined, after), installKey)).toBe(200);
    await after.close();

    // On disk: the key's hash, never the key.
    const onDisk = readdirSync(join(dir, 'data'))
      .map((f) => readFileSync(join(dir, 'data', f), 'latin1'))
      .join('');
    expect(onDisk).toContain(await sha256Hex(installKey));
    expect(onDisk).not.toContain(installKey);
  });

  it('lets two instances share one file: pairing and revocation are seen by both at once', async () => {
    const path = join(dir, 'shared.sqlite');
    const a = createSqliteInstallationStore(path);
    const b = createSqliteInstallationStore(path);
    try {
      await expectInstancesShareOneStore(a, b);
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('the Node entry keeps pairings when its process is killed and started again', { timeout: 60_000 }, async () => {
    const env = {
      PATH: process.env.PATH,
      RELAY_APP_KEY: APP_KEY,
      RELAY_APP_SECRET: SECRET,
      RELAY_PAIRING_CODE: PAIRING_CODE,
      RELAY_DB_PATH: join(dir, 'node-entry.sqlite'),
      RELAY_PORT: '0',
    };
    const first = await startNodeRelay(env);
    let installKey: string;
    try {
      const res = await fetch(`${first.url}/v1/pair`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ pairingCode: PAIRING_CODE, installationName: 'Seoul office PC' }),
      });
      expect(res.status).toBe(201);
      ({ installKey } = await res.json());
    } finally {
      await first.kill(); // SIGKILL: no chance to flush anything on the way out
    }

    const second = await startNodeRelay(env);
    try {
      const res = await fetch(`${second.url}/v1/sign`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${installKey}` },
        body: JSON.stringify({
          urlPath: `param2/1/com.alibaba.trade/alibaba.trade.get.sellerView/${APP_KEY}`,
          params: { access_token: 'token', orderId: '1' },
        }),
      });
      expect(res.status).toBe(200);
      expect((await res.json()).signature).toMatch(/^[0-9A-F]{40}$/);
    } finally {
      await second.kill();
    }
  });
});

/** `node --import tsx relay/node.ts` (one process, so SIGKILL really ends the relay). */
async function startNodeRelay(env: Record<string, string | undefined>) {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'relay/node.ts'], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk;
      const m = /listening on (http:\/\/\S+)/.exec(output);
      if (m) resolve(m[1]!);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`relay exited (${code}) before listening:\n${output}`)));
  });
  return {
    url,
    kill: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGKILL');
      }),
  };
}
