import { vi } from 'vitest';

/**
 * Records every call that reads record values from IndexedDB (get, getAll, openCursor on object
 * stores and indexes) as `store.method`, until `vi.restoreAllMocks()`. Key-only calls (count,
 * getKey, openKeyCursor) are not recorded: they are what a key-only walk may use.
 */
export function recordValueReads(): string[] {
  const reads: string[] = [];
  const targets: Array<[object, (self: unknown) => string]> = [
    [IDBObjectStore.prototype, (s) => (s as IDBObjectStore).name],
    [IDBIndex.prototype, (i) => (i as IDBIndex).objectStore.name],
  ];
  for (const [proto, storeOf] of targets)
    for (const method of ['get', 'getAll', 'openCursor'] as const) {
      const host = proto as Record<string, (...args: unknown[]) => unknown>;
      const original = host[method]!;
      vi.spyOn(host, method).mockImplementation(function (this: unknown, ...args: unknown[]) {
        reads.push(`${storeOf(this)}.${method}`);
        return original.apply(this, args);
      });
    }
  return reads;
}
