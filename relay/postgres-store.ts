import { Pool } from 'pg';
import type { ClosableInstallationStore, InstallationRecord } from './installations';

// Relays started together on an empty database would race in CREATE TABLE IF NOT EXISTS (it is
// not atomic in PostgreSQL); the transaction-scoped advisory lock makes them take turns. A
// multi-statement simple query runs as one transaction.
const SCHEMA = `
  SELECT pg_advisory_xact_lock(hashtext('crossdock_relay_installations'));
  CREATE TABLE IF NOT EXISTS relay_installations (
    key_hash text PRIMARY KEY,
    id text NOT NULL UNIQUE,
    name text NOT NULL,
    created_at timestamptz NOT NULL
  );`;

const COLUMNS = 'id, key_hash, name, created_at';

interface Row {
  id: string;
  key_hash: string;
  name: string;
  created_at: Date;
}

const toRecord = (row: Row): InstallationRecord => ({
  id: row.id,
  keyHash: row.key_hash,
  name: row.name,
  createdAt: row.created_at.toISOString(),
});

/**
 * Installations in a PostgreSQL database shared by several relay instances (RELAY_DATABASE_URL).
 * Every call is a query (no cache): a pairing made through one instance is accepted by all, and a
 * revocation through one is refused by all from the next request on. Connects and creates the
 * table before resolving, so a relay that cannot reach its database fails at start, not later.
 */
export async function createPostgresInstallationStore(url: string): Promise<ClosableInstallationStore> {
  const pool = new Pool({ connectionString: url, max: 4 });
  // An idle connection the server dropped: the pool discards it and the next query opens a new one.
  // Without a listener the 'error' event would crash the process.
  pool.on('error', () => {});
  try {
    await pool.query(SCHEMA);
  } catch (err) {
    await pool.end();
    throw err;
  }

  return {
    async put(record) {
      await pool.query(
        `INSERT INTO relay_installations (key_hash, id, name, created_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (key_hash) DO UPDATE SET name = excluded.name, created_at = excluded.created_at`,
        [record.keyHash, record.id, record.name, record.createdAt],
      );
    },
    async findByKeyHash(keyHash) {
      const { rows } = await pool.query<Row>(`SELECT ${COLUMNS} FROM relay_installations WHERE key_hash = $1`, [
        keyHash,
      ]);
      return rows[0] && toRecord(rows[0]);
    },
    async delete(id) {
      const { rowCount } = await pool.query('DELETE FROM relay_installations WHERE id = $1', [id]);
      return (rowCount ?? 0) > 0;
    },
    async list() {
      const { rows } = await pool.query<Row>(`SELECT ${COLUMNS} FROM relay_installations ORDER BY created_at, id`);
      return rows.map(toRecord);
    },
    async close() {
      await pool.end();
    },
  };
}
