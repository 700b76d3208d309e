import { z } from 'zod';
import { id, optionalBool, optionalId, optionalInt, optionalKrw, optionalText } from '../api/common-schemas';
import { sellerEnvelope } from '../api/envelope';

/** Products and vendor items, §4.3 (the fields a product/stock view uses). */

const productItemSchema = z.object({
  sellerProductItemId: optionalId,
  vendorItemId: optionalId, // null until approved
  itemName: optionalText,
  originalPrice: optionalKrw,
  salePrice: optionalKrw,
  maximumBuyCount: optionalInt,
  externalVendorSku: optionalText,
  barcode: optionalText,
});

export const productSchema = z.object({
  sellerProductId: id,
  sellerProductName: optionalText,
  displayCategoryCode: optionalId,
  statusName: optionalText,
  brand: optionalText,
  saleStartedAt: optionalText,
  saleEndedAt: optionalText,
  items: z
    .array(productItemSchema)
    .nullish()
    .transform((v) => v ?? []),
});
export type Product = z.output<typeof productSchema>;
export const productResponse = sellerEnvelope(productSchema);

export const productSummarySchema = z.object({
  sellerProductId: id,
  sellerProductName: optionalText,
  displayCategoryCode: optionalId,
  productId: optionalId,
  statusName: optionalText,
  brand: optionalText,
  saleStartedAt: optionalText,
  saleEndedAt: optionalText,
  createdAt: optionalText,
});
export type ProductSummary = z.output<typeof productSummarySchema>;
export const productListResponse = sellerEnvelope(z.array(productSummarySchema));

export const inventorySchema = z.object({
  sellerItemId: optionalId,
  amountInStock: optionalInt,
  salePrice: optionalKrw,
  onSale: optionalBool,
});
export type ItemInventory = z.output<typeof inventorySchema>;
export const inventoryResponse = sellerEnvelope(inventorySchema);
