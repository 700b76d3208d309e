import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { ClosableInstallationStore, InstallationRecord } from './installations';

/**
 * Installations in one SQLite file: the Node entry's default, nothing to install or start.
 * Every call reads the file (no cache), so several relay processes on the same host may share it
 * and a revocation by one is seen by the next request to any other. `:memory:` gives a private
 * in-process database (tests).
 */
export function createSqliteInstallationStore(path: string): ClosableInstallationStore {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  // better-sqlite3 waits up to 5 s for another process's write lock before failing (its default).
  const db = new Database(path);
  // WAL: readers in other processes are not blocked by a pairing being written.
  db.pragma('journal_mode = WAL');
  db.exec(`CREATE TABLE IF NOT EXISTS installations (
    key_hash TEXT PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    created_at TEXT NOT NULL
  ) STRICT`);

  const columns = 'id, key_hash AS keyHash, name, created_at AS createdAt';
  const put = db.prepare<[InstallationRecord]>(
    `INSERT INTO installations (key_hash, id, name, created_at) VALUES (@keyHash, @id, @name, @createdAt)
     ON CONFLICT (key_hash) DO UPDATE SET name = excluded.name, created_at = excluded.created_at`,
  );
  const find = db.prepare<[string], InstallationRecord>(`SELECT ${columns} FROM installations WHERE key_hash = ?`);
  const remove = db.prepare<[string]>('DELETE FROM installations WHERE id = ?');
  const list = db.prepare<[], InstallationRecord>(`SELECT ${columns} FROM installations ORDER BY created_at, id`);

  return {
    async put(record) {
      put.run(record);
    },
    async findByKeyHash(keyHash) {
      return find.get(keyHash);
    },
    async delete(id) {
      return remove.run(id).changes > 0;
    },
    async list() {
      return list.all();
    },
    async close() {
      db.close();
    },
  };
}
