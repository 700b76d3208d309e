import type { DomainOrder } from '../../../domain/order';
import type { PickListBox, PickListItem } from '../../../protocol/messages/order-sheets';

/**
 * The pick list of a selection: every item once with its total quantity (what to take off the
 * shelves), then each box with its lines (what goes into which box). Products and quantities
 * only — no recipient, no buyer, nothing a warehouse printout should not carry.
 */
export function pickList(orders: readonly DomainOrder[]): { items: PickListItem[]; boxes: PickListBox[] } {
  const items = new Map<string, PickListItem>();
  const boxes: PickListBox[] = [];
  for (const o of orders) {
    const lines = o.lines.map((l) => ({
      productName: l.productName,
      optionName: l.optionName || undefined,
      itemId: l.itemId,
      quantity: l.quantity,
    }));
    boxes.push({ key: o.key, marketplace: o.marketplace, orderId: o.orderId, shipmentId: o.shipmentId, lines });
    const inThisBox = new Set<string>();
    for (const l of lines) {
      // The item id names the exact option; without one, name + option is the best identity.
      const id = l.itemId ? `${o.marketplace}:${l.itemId}` : `name:${l.productName}\u0000${l.optionName ?? ''}`;
      const item = items.get(id) ?? { ...l, quantity: 0, boxes: 0 };
      item.quantity += l.quantity;
      if (!inThisBox.has(id)) item.boxes += 1;
      inThisBox.add(id);
      items.set(id, item);
    }
  }
  const byName = (a: PickListItem, b: PickListItem) =>
    a.productName.localeCompare(b.productName, 'ko') || (a.optionName ?? '').localeCompare(b.optionName ?? '', 'ko');
  return { items: [...items.values()].sort(byName), boxes };
}
