import { getDb } from '../store/db';

/**
 * Where a long job stopped (declared item `checkpoints`). Jobs write one after every page so a
 * worker suspended mid-sync resumes from the next page, not from the start.
 */
export class CheckpointStore {
  constructor(private now: () => number = Date.now) {}

  private id(accountKey: string, job: string) {
    return `${job}:${accountKey}`;
  }

  async load<T>(accountKey: string, job: string): Promise<T | undefined> {
    const rec = await (await getDb()).get('checkpoints', this.id(accountKey, job));
    return rec?.state as T | undefined;
  }

  async save<T>(accountKey: string, job: string, state: T): Promise<void> {
    await (await getDb()).put('checkpoints', {
      id: this.id(accountKey, job),
      accountKey,
      job,
      state,
      updatedAt: this.now(),
    });
  }

  async clear(accountKey: string, job: string): Promise<void> {
    await (await getDb()).delete('checkpoints', this.id(accountKey, job));
  }
}
