import type { RefObject } from 'preact';
import { useState } from 'preact/hooks';
import { shipmentIdOf } from '@/utils/domain/keys';
import { send } from '@/utils/protocol/client';
import type { OrderRow } from '@/utils/protocol/messages/orders';
import { type Selection, selectAll, without } from '@/utils/ui/selection';
import { useBatch } from './use-batch';
import { collectKeys, type OrderQuery } from './use-order-windows';

/** What one `orders.acknowledge` / `orders.stopShipment` call accepts. */
const ACK_CHUNK = 500;
const STOP_CHUNK = 100;

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * The list's bulk actions on the selection: select everything in the tab (asks the background
 * for the keys), acknowledge, stop shipments. Sent keys leave the selection; results go to `quick`.
 */
export function useBulkActions(opts: {
  query: OrderQuery;
  total: number;
  selection: Selection;
  setSelection: (update: Selection | ((s: Selection) => Selection)) => void;
  known: RefObject<Map<string, OrderRow>>;
}) {
  const quick = useBatch();
  const [collecting, setCollecting] = useState(false);
  const [error, setError] = useState<unknown>();
  const selectedKeys = [...opts.selection.keys];
  const labels = () =>
    Object.fromEntries(selectedKeys.map((k) => [k, opts.known.current.get(k)?.orderId ?? shipmentIdOf(k)]));

  const selectAllInTab = async () => {
    setCollecting(true);
    try {
      opts.setSelection(selectAll(await collectKeys(opts.query, opts.total)));
    } catch (e) {
      setError(e);
    } finally {
      setCollecting(false);
    }
  };

  const sendInChunks = (action: 'acknowledge' | 'stopShipment', size: number) => {
    const keys = selectedKeys;
    const type = action === 'acknowledge' ? 'orders.acknowledge' : 'orders.stopShipment';
    void quick.run(
      action,
      labels(),
      chunks(keys, size).map((c) => () => send(type, { keys: c })),
    );
    opts.setSelection((s) => without(s, keys));
  };

  return {
    quick,
    collecting,
    error,
    selectedKeys,
    selectAllInTab,
    acknowledge: () => sendInChunks('acknowledge', ACK_CHUNK),
    stopShipment: () => sendInChunks('stopShipment', STOP_CHUNK),
  };
}
