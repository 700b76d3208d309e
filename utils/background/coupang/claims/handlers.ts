import { parseOrderKey } from '../../../domain/keys';
import type { claimMessages, ReturnRow } from '../../../protocol/messages/claims';
import type { CoreServices } from '../../core/core';
import { outboxView } from '../../handlers/orders';
import type { Handlers } from '../../messaging/dispatcher';
import { toExchangeRow } from '../exchanges/mapping';
import { toReturnRow } from '../returns/mapping';
import { claimCounts } from './counts';
import { exchangeActionHandler, returnActionHandler } from './enqueue';
import { createExchangeReveals } from './reveal';
import type { ClaimsService } from './service';
import { readClaimsWaiting } from './waiting';

const newestFirst = (a: { createdAt?: string }, b: { createdAt?: string }) =>
  (a.createdAt ?? '') < (b.createdAt ?? '') ? 1 : (a.createdAt ?? '') > (b.createdAt ?? '') ? -1 : 0;

/** The claims area's messages: thin, the service reads and keeps, the tables decide. */
export function claimHandlers(core: CoreServices, service: ClaimsService): Handlers<typeof claimMessages> {
  const reveals = createExchangeReveals(core, service);

  return {
    'claims.sync': async ({ accountKey, fresh }) => {
      const syncedAt = await service.sync(accountKey, { priority: 'normal' }, { fresh });
      const snap = await service.snapshot(accountKey);
      return { syncedAt, counts: claimCounts(snap.returns, snap.exchanges) };
    },

    'claims.returns': async ({ accountKey, tab, receiptId }) => {
      const snap = await service.snapshot(accountKey);
      const wanted = (r: ReturnRow) => (receiptId ? r.receiptId === receiptId : r.tab === tab);
      const rows = tab || receiptId ? snap.returns.map(toReturnRow).filter(wanted).sort(newestFirst) : [];
      return { syncedAt: snap.syncedAt, counts: claimCounts(snap.returns, snap.exchanges), rows };
    },

    'claims.exchanges': async ({ accountKey }) => {
      const snap = await service.snapshot(accountKey);
      const rows = await Promise.all(
        [...snap.exchanges]
          .sort(newestFirst)
          .map(async (x) => toExchangeRow(x, await reveals.until(accountKey, x.exchangeId))),
      );
      return { syncedAt: snap.syncedAt, rows };
    },

    'claims.forOrder': async ({ orderKey }) => {
      const parsed = parseOrderKey(orderKey);
      if (!parsed) return { returns: [], exchanges: [] };
      const order = await core.orders.get(orderKey);
      const snap = await service.snapshot(parsed.accountKey);
      const box = parsed.shipmentId;
      return {
        returns: snap.returns
          .filter((r) => r.items.some((i) => i.shipmentBoxId === box) || r.orderId === order?.orderId)
          .map(toReturnRow),
        exchanges: snap.exchanges
          .filter((x) => x.items.some((i) => i.originalShipmentBoxId === box) || x.orderId === order?.orderId)
          .map((x) => toExchangeRow(x)),
      };
    },

    'claims.returnAction': async (req) => {
      const snap = await service.snapshot(req.accountKey);
      const record = await returnActionHandler(core, snap.returns, req);
      return { batchId: record.batchId ?? '', items: [outboxView(record)] };
    },

    'claims.exchangeAction': async (req) => {
      const snap = await service.snapshot(req.accountKey);
      const record = await exchangeActionHandler(core, snap.exchanges, req);
      return { batchId: record.batchId ?? '', items: [outboxView(record)] };
    },

    'claims.reveal': ({ accountKey, exchangeId, resume }) => reveals.reveal(accountKey, exchangeId, resume),

    'claims.hide': async ({ accountKey, exchangeId }) => {
      await reveals.hide(accountKey, exchangeId);
      return { hidden: true };
    },

    'claims.waiting': async () => {
      const accounts = (await core.accounts.list()).filter((a) => a.marketplace === 'coupang');
      return {
        accounts: await Promise.all(
          accounts.map(async (a) => ({
            accountKey: a.accountKey,
            ...(await readClaimsWaiting(a.accountKey, core.now())),
          })),
        ),
      };
    },
  };
}
