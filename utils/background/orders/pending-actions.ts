import type { DomainOrder } from '../../domain/order';
import { allowedActions, type OrderAction } from '../../domain/order-status';
import type { OrderRow } from '../../protocol/messages/orders';
import { outboxOrderKey } from '../outbox/action';
import type { OutboxRecord } from '../store/db';

export type PendingAction = NonNullable<OrderRow['pendingAction']>;

/**
 * The action an order's row and page helper show beside it: the newest outbox item about the
 * order. A later success settles an earlier failure (an invoice that failed in the batch and was
 * then sent from the detail), so the newest item decides, not the newest unsettled one.
 * `records` are in creation order, as `Outbox.list` returns them.
 */
export function pendingByOrder(records: readonly OutboxRecord[]): Map<string, PendingAction> {
  const newest = new Map<string, OutboxRecord>();
  for (const r of records) {
    const key = outboxOrderKey(r);
    if (key) newest.set(key, r);
  }
  const out = new Map<string, PendingAction>();
  for (const [key, r] of newest) {
    if (r.state === 'succeeded') continue;
    out.set(key, {
      action: r.action,
      state: r.state,
      ...(r.result?.code ? { code: r.result.code } : {}),
      ...(r.result?.message ? { message: r.result.message } : {}),
    });
  }
  return out;
}

/**
 * A finished item (failed, or unknown after every look) stops being news once the order has moved
 * past the state that action was for: the seller did it another way (Wing, the detail, a later
 * sync shows it applied). Queued and sending items always show: they are still going to happen.
 */
export function stillPending(
  o: Pick<DomainOrder, 'marketplace' | 'marketStatus' | 'workState'>,
  p: PendingAction | undefined,
): PendingAction | undefined {
  if (!p || p.state === 'queued' || p.state === 'sending') return p;
  const action = p.action.slice(p.action.lastIndexOf('.') + 1) as OrderAction;
  return allowedActions(o).includes(action) ? p : undefined;
}
