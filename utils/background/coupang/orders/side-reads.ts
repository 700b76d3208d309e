import type { CoupangClient } from '../api';

/** A read that rides along each order sync of a vendor: a side view (inquiries, claims). */
export type SideRead = (accountKey: string, client: CoupangClient, signal: AbortSignal) => Promise<unknown>;

/**
 * The reads each Coupang order sync makes after the orders, through the vendor's same queue at
 * background priority. Features register theirs (module.ts hands one list to all), so the badge,
 * the popup and notifications count inquiries and claims without the seller opening their area.
 * A side read's failure is its own: it never fails the order sync, and the next sync reads again.
 */
export class SideReads {
  private reads: Array<{ name: string; read: SideRead }> = [];

  register(name: string, read: SideRead): void {
    this.reads.push({ name, read });
  }

  async runAll(
    accountKey: string,
    client: CoupangClient,
    signal: AbortSignal,
    onError?: (name: string, e: unknown) => void,
  ): Promise<void> {
    for (const { name, read } of this.reads) {
      if (signal.aborted) return;
      await read(accountKey, client, signal).catch((e) => onError?.(name, e));
    }
  }
}
