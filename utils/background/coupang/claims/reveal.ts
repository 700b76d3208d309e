import { HandledError } from '../../../protocol/envelope';
import type { CoreServices } from '../../core/core';
import { REVEAL_MS } from '../../handlers/orders';
import { storageItem } from '../../store/storage';
import type { ClaimsService } from './service';

/**
 * The replacement address of an exchange, shown plain for the same limited time as an order's
 * recipient (the `reveals` session item, keyed apart from order keys).
 */
export function createExchangeReveals(core: CoreServices, service: ClaimsService) {
  const reveals = storageItem<Record<string, number>>('reveals');
  const keyOf = (accountKey: string, exchangeId: string) => `exchange:${accountKey}:${exchangeId}`;

  async function until(accountKey: string, exchangeId: string): Promise<number | undefined> {
    const at = (await reveals.get())?.[keyOf(accountKey, exchangeId)];
    return at && at > core.now() ? at : undefined;
  }

  async function reveal(accountKey: string, exchangeId: string, resume?: boolean) {
    const x = (await service.exchanges.get(accountKey))?.items.find((e) => e.exchangeId === exchangeId);
    if (!x?.delivery)
      throw new HandledError('invalid_request', 'This exchange is no longer cached; sync again.', 'orderNotCached');
    const now = core.now();
    if (resume) {
      const running = await until(accountKey, exchangeId);
      if (!running) throw new HandledError('invalid_request', 'This reveal has ended.', 'revealEnded');
      return { delivery: x.delivery, revealedUntil: running };
    }
    const end = now + REVEAL_MS;
    await reveals.update((m) => {
      const live = Object.fromEntries(Object.entries(m ?? {}).filter(([, t]) => t > now));
      return { ...live, [keyOf(accountKey, exchangeId)]: end };
    });
    return { delivery: x.delivery, revealedUntil: end };
  }

  async function hide(accountKey: string, exchangeId: string) {
    await reveals.update((m) => {
      const { [keyOf(accountKey, exchangeId)]: _gone, ...rest } = m ?? {};
      return rest;
    });
  }

  return { until, reveal, hide };
}
