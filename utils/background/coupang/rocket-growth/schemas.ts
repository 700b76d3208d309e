import { z } from 'zod';
import { id, optionalInt, optionalKrw, optionalKstDateTime, optionalText } from '../api/common-schemas';
import { openapiEnvelope } from '../api/envelope';

/** Rocket Growth orders and inventory, §4.10. No buyer PII in these responses. */

export const rgOrderSchema = z.lazy(() =>
  z.object({
    orderId: id,
    vendorId: optionalText,
    /** Epoch-ms string in the list, ISO with Z in the single view; both → KST ISO. */
    paidAt: optionalKstDateTime,
    orderItems: z
      .array(
        z.object({
          vendorItemId: id,
          productName: optionalText,
          salesQuantity: optionalInt,
          unitSalesPrice: optionalKrw,
          salesPrice: optionalKrw,
          currency: optionalText,
        }),
      )
      .nullish()
      .transform((v) => v ?? []),
  }),
);
export type RgOrder = z.output<typeof rgOrderSchema>;

export const rgOrderListResponse = openapiEnvelope(z.lazy(() => z.array(rgOrderSchema)));
export const rgOrderResponse = openapiEnvelope(rgOrderSchema);

export const rgInventorySchema = z.lazy(() =>
  z.object({
    vendorItemId: id,
    // The seller's own SKU code: text (e.g. "SKU-239-1"), not an id.
    externalSkuId: optionalText,
    inventoryDetails: z.object({ totalOrderableQuantity: optionalInt }).nullish(),
    salesCountMap: z.object({ SALES_COUNT_LAST_THIRTY_DAYS: optionalInt }).nullish(),
  }),
);
export type RgInventory = z.output<typeof rgInventorySchema>;

export const rgInventoryResponse = openapiEnvelope(z.lazy(() => z.array(rgInventorySchema)));
