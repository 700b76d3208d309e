import { z } from 'zod';
import { defineMessage } from '../define';
import { idString, marketplace, orderKey } from './shared-schemas';

/**
 * Sheets made from a selection of orders, for the seller's warehouse work: the pick list (what to
 * take off the shelves: products, options, quantities — no customer data) and the shipping sheet
 * (발주서: one row per box with the recipient, for courier label software). Nothing is kept: the
 * pick list is printed from a page, the shipping sheet becomes a file the seller saves.
 */

const selection = z.lazy(() => z.array(orderKey).min(1).max(5000));

export const pickListItem = z.object({
  productName: z.string(),
  optionName: z.string().optional(),
  /** Coupang vendorItemId / 1688 skuId: what the shelf label usually shows. */
  itemId: idString.optional(),
  quantity: z.number().int(),
  /** How many of the selected boxes hold this item. */
  boxes: z.number().int(),
});
export type PickListItem = z.infer<typeof pickListItem>;

export const pickListBox = z.lazy(() =>
  z.object({
    key: orderKey,
    marketplace,
    orderId: idString,
    shipmentId: idString,
    lines: z.array(pickListItem.pick({ productName: true, optionName: true, itemId: true, quantity: true })),
  }),
);
export type PickListBox = z.infer<typeof pickListBox>;

/** Why a selected order is not on a sheet. */
export const sheetSkip = z.lazy(() =>
  z.object({
    key: orderKey,
    orderId: idString.optional(),
    reason: z.enum(['notFound', 'notAwaitingShipment']),
  }),
);

/** One box of the shipping sheet (one label): the recipient in the clear, for the seller's label printer. */
export const shippingSheetRow = z.lazy(() =>
  z.object({
    marketplace,
    shipmentId: idString,
    orderId: idString,
    /** ISO-8601 with the marketplace's offset. */
    orderedAt: z.string(),
    recipientName: z.string(),
    phone: z.string(),
    postcode: z.string(),
    address: z.string(),
    memo: z.string().optional(),
    /** Every line of the box, "product option × qty", joined: one row per box is one label. */
    items: z.string(),
    /** The lines' item ids (Coupang vendorItemId), comma-separated. */
    itemIds: z.string(),
    /** Units in the box. */
    quantity: z.number().int(),
    courierName: z.string().optional(),
    trackingNumber: z.string().optional(),
  }),
);
export type ShippingSheetRow = z.infer<typeof shippingSheetRow>;

export const orderSheetMessages = {
  'orders.pickList': defineMessage({
    needsConsent: false,
    request: () => z.object({ keys: selection }).strict(),
    reply: () =>
      z.object({
        items: z.array(pickListItem),
        boxes: z.array(pickListBox),
        skipped: z.array(sheetSkip),
        generatedAt: z.number(),
      }),
    senders: ['extension-page'],
  }),
  /**
   * The shipping sheet of the selected orders that still wait for shipment. `acknowledged`: the
   * seller confirmed that the file holds customer data and is theirs to protect (the UI asks).
   */
  'orders.shippingSheet': defineMessage({
    needsConsent: false,
    request: () => z.object({ keys: selection, acknowledged: z.literal(true) }).strict(),
    reply: () => z.object({ rows: z.array(shippingSheetRow), skipped: z.array(sheetSkip) }),
    senders: ['extension-page'],
  }),
} as const;
