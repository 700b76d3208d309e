import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPostgresInstallationStore } from '../../relay/postgres-store';
import { makeRelay } from './helpers';
import { startPostgres, type TestPostgres } from './postgres-server';
import { expectInstancesShareOneStore, expectStoreContract, signStatus } from './shared-store';

// A real PostgreSQL server (Debian's package), started for this file and removed after it.
describe('PostgreSQL installation store', () => {
  let server: TestPostgres;
  beforeAll(async () => {
    server = await startPostgres();
  }, 60_000);
  afterAll(async () => {
    await server?.stop();
  });

  /** Each test gets its own empty database on the one server. */
  async function freshDatabase(name: string): Promise<string> {
    const admin = new Client({ connectionString: server.url });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    return server.url.replace(/\/postgres$/, `/${name}`);
  }

  it('stores, finds, lists and deletes installations', async () => {
    const store = await createPostgresInstallationStore(await freshDatabase('contract'));
    try {
      await expectStoreContract(store);
    } finally {
      await store.close();
    }
  });

  it('lets two instances share one database: pair via A, sign via B; revoking via B is refused by A at once', async () => {
    const url = await freshDatabase('shared');
    // Both start together on the empty database: creating the table must not race.
    const [a, b] = await Promise.all([createPostgresInstallationStore(url), createPostgresInstallationStore(url)]);
    try {
      await expectInstancesShareOneStore(a, b);
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('keeps a pairing across a restart of the relay', async () => {
    const url = await freshDatabase('restart');
    const before = await createPostgresInstallationStore(url);
    const { installKey } = await makeRelay({}, undefined, before).pair();
    await before.close();
    const after = await createPostgresInstallationStore(url);
    try {
      expect(await signStatus(makeRelay({}, undefined, after), installKey)).toBe(200);
    } finally {
      await after.close();
    }
  });

  it('refuses to start when it cannot open the database', async () => {
    const missing = server.url.replace(/\/postgres$/, '/no_such_database');
    await expect(createPostgresInstallationStore(missing)).rejects.toThrow(/no_such_database/);
  });
});
