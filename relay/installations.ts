/**
 * Paired extension installations. Only the SHA-256 of each installation key is stored; the key
 * itself is returned once at pairing. Stores: SQLite (sqlite-store.ts, the Node entry's default),
 * PostgreSQL (postgres-store.ts, shared by several instances) and memory (below: the serverless
 * entry's default, lost when the isolate is recycled). None caches lookups, so a revocation counts
 * from the next request.
 */
export interface InstallationRecord {
  /** First 16 hex digits of the key hash: safe to log and to show the operator. */
  id: string;
  keyHash: string;
  name: string;
  createdAt: string;
}

export interface InstallationStore {
  put(record: InstallationRecord): Promise<void>;
  findByKeyHash(keyHash: string): Promise<InstallationRecord | undefined>;
  delete(id: string): Promise<boolean>;
  list(): Promise<InstallationRecord[]>;
}

/** A store holding a file or connections, released on shutdown. */
export interface ClosableInstallationStore extends InstallationStore {
  close(): Promise<void>;
}

export const installationIdOf = (keyHash: string) => keyHash.slice(0, 16);

export function createMemoryInstallationStore(): InstallationStore {
  const byHash = new Map<string, InstallationRecord>();
  return {
    async put(record) {
      byHash.set(record.keyHash, record);
    },
    async findByKeyHash(keyHash) {
      return byHash.get(keyHash);
    },
    async delete(id) {
      for (const [hash, record] of byHash) {
        if (record.id === id) {
          byHash.delete(hash);
          return true;
        }
      }
      return false;
    },
    async list() {
      return [...byHash.values()];
    },
  };
}
