import type { RequestQueue } from '../net';

/**
 * One request queue per connected account (compliance C10: the account's limit holds however
 * many features call at once; no key pooling across sellers). Each marketplace module supplies
 * the factory with its own limits.
 */
export class QueueRegistry {
  private queues = new Map<string, RequestQueue>();

  get(accountKey: string, make: () => RequestQueue): RequestQueue {
    let q = this.queues.get(accountKey);
    if (!q) {
      q = make();
      this.queues.set(accountKey, q);
    }
    return q;
  }

  peek(accountKey: string): RequestQueue | undefined {
    return this.queues.get(accountKey);
  }

  drop(accountKey: string): void {
    this.queues.get(accountKey)?.close();
    this.queues.delete(accountKey);
  }

  dropAll(): void {
    for (const key of [...this.queues.keys()]) this.drop(key);
  }
}
