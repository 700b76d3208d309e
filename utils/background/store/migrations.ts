import { storageItem } from './storage';

/**
 * Storage schema migrations, run once at worker start before anything reads storage.
 * Add a step, bump CURRENT_SCHEMA_VERSION; never edit a released step.
 */
const CURRENT_SCHEMA_VERSION = 1;

const schemaVersion = storageItem<number>('schemaVersion');

const steps: Record<number, () => Promise<void>> = {
  // 1: the first schema; nothing to move.
  1: async () => {},
};

export async function migrate(): Promise<{ from: number; to: number }> {
  const from = (await schemaVersion.get()) ?? 0;
  for (let v = from + 1; v <= CURRENT_SCHEMA_VERSION; v++) {
    const step = steps[v];
    if (!step) throw new Error(`no storage migration to version ${v}`);
    await step();
  }
  if (from !== CURRENT_SCHEMA_VERSION) await schemaVersion.set(CURRENT_SCHEMA_VERSION);
  return { from, to: CURRENT_SCHEMA_VERSION };
}
