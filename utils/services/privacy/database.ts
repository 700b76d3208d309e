import { DB_NAME } from '../../store/db';

/**
 * Whether the database exists, without opening it: opening creates it, and housekeeping that
 * runs after "delete all data" (the sweep, the "What is stored" view) must not bring it back.
 */
export async function databaseExists(): Promise<boolean> {
  const dbs = await indexedDB.databases();
  return dbs.some((d) => d.name === DB_NAME);
}
