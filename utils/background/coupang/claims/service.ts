import type { ExchangeClaim, ReturnClaim } from '../../../protocol/messages/claims';
import type { CoreServices } from '../../core/core';
import { SeenLog } from '../../store/snapshot-kind';
import { addDays, kstDate } from '../api';
import type { CallOptions } from '../api/transport';
import type { CoupangClients } from '../client-factory';
import { createExchangesStore } from '../exchanges/store';
import { readExchanges } from '../exchanges/sync';
import { createReturnsStore } from '../returns/store';
import { readReturns } from '../returns/sync';

/** How far back the claims area reads (Wing's default claim view). */
export const CLAIM_DAYS = 30;

/**
 * The claims of each vendor: read with each order sync and on demand (the claims area opens or the
 * seller refreshes), through the vendor's one queue, into two declared cache kinds. One read per
 * account at a time: a second request joins the running one. Each read ends with `claims.changed`
 * (open views reload; the badge recounts).
 */
export class ClaimsService {
  readonly returns;
  readonly exchanges;
  private running = new Map<string, Promise<number>>();

  constructor(
    private core: CoreServices,
    private clients: CoupangClients,
  ) {
    this.returns = createReturnsStore(core);
    this.exchanges = createExchangesStore(core);
  }

  /**
   * `fresh`: the seller asked (Refresh, the area opened): Coupang's word as of now, so a read
   * already under way — begun before the ask — is waited for and followed by one of our own.
   */
  sync(
    accountKey: string,
    call: CallOptions = { priority: 'normal' },
    opts: { fresh?: boolean } = {},
  ): Promise<number> {
    const running = this.running.get(accountKey);
    if (running && opts.fresh) return running.catch(() => undefined).then(() => this.sync(accountKey, call));
    // A read that fails is its starter's failure (the order sync's side read was stopped with its
    // sync, or met a 429): whoever joined it reads on their own instead of inheriting it.
    if (running) return running.catch(() => this.sync(accountKey, call));
    const run = this.read(accountKey, call).finally(() => this.running.delete(accountKey));
    this.running.set(accountKey, run);
    return run;
  }

  private async read(accountKey: string, call: CallOptions): Promise<number> {
    const client = await this.clients.get(accountKey);
    const now = this.core.now();
    const to = kstDate(now);
    const range = { from: addDays(to, -(CLAIM_DAYS - 1)), to };
    const known = new Map((await this.returns.get(accountKey))?.items.map((r) => [r.receiptId, r]) ?? []);
    // An action that re-read its claim after the read's copy of it arrived keeps its newer copy.
    const seen = { returns: new SeenLog(() => this.core.now()), exchanges: new SeenLog(() => this.core.now()) };
    const [returns, exchanges] = await Promise.all([
      readReturns(client, accountKey, range, known, call, seen.returns),
      readExchanges(client, accountKey, range, call, seen.exchanges),
    ]);
    await this.returns.replace(accountKey, { syncedAt: now, items: returns }, seen.returns);
    await this.exchanges.replace(accountKey, { syncedAt: now, items: exchanges }, seen.exchanges);
    this.core.events.emit('claims.changed', { accountKey });
    return now;
  }

  async snapshot(
    accountKey: string,
  ): Promise<{ returns: ReturnClaim[]; exchanges: ExchangeClaim[]; syncedAt?: number }> {
    const [r, x] = await Promise.all([this.returns.get(accountKey), this.exchanges.get(accountKey)]);
    return { returns: r?.items ?? [], exchanges: x?.items ?? [], syncedAt: r?.syncedAt };
  }
}
